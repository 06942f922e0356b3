package vm370.system.rscs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSCS remembers the files it delivered in RSCS DELIVERD on its 191 disk, and goes on without the disk. */
@Tag("system")
class RscsRestartTest {

    @TempDir
    Path dir;

    @Test
    void aFileResentAfterTheReceiverRestartedIsAcknowledgedAndDeliveredOnce() throws Exception {
        int a = NetworkNode.freePort();
        int b = NetworkNode.freePort();
        try (KillableProxy proxy = new KillableProxy(b, Long.MAX_VALUE, 0);
             NetworkNode nodeB = NetworkNode.start(dir.resolve("B"), "B", RscsNetworkTest.DIRECTORY,
                     "LOCAL B %d\nLINK A 127.0.0.1 1 NOAUTO\nRETRY 0.1 0.5\n".formatted(b));
             NetworkNode nodeA = NetworkNode.start(dir.resolve("A"), "A", RscsNetworkTest.DIRECTORY,
                     "LOCAL A %d\nLINK B 127.0.0.1 %d\nRETRY 0.1 0.5\n".formatted(a, proxy.port()))) {
            nodeB.operator("START A");
            assertTrue(NetworkNode.await(() -> nodeA.console("RSCS").stream().anyMatch(l -> l.contains("LINK B ACTIVE")),
                    20_000), () -> "link up: " + nodeA.console("RSCS"));
            // B's acknowledgement is held on the way back, and lost with the connection.
            proxy.delayReplies(3_000);
            nodeA.sendFile("ALICE", "B", "BOB", "ONCE", "DATA", RscsNetworkTest.cards("ONCE", 20));
            assertTrue(NetworkNode.await(() -> nodeB.reader("BOB").size() == 1, 20_000), () -> "B: " + nodeB.console("RSCS"));
            proxy.cutAndRefuse();
            proxy.delayReplies(0);
            assertEquals(1, nodeA.reader("RSCS").size(), "A still holds the file: no acknowledgement reached it");

            nodeB.ipl();
            nodeB.operator("START A");
            proxy.admit();

            assertTrue(NetworkNode.await(() -> nodeA.reader("RSCS").isEmpty(), 30_000),
                    () -> "B acknowledged the file sent again; A: " + nodeA.console("RSCS") + " B: " + nodeB.console("RSCS"));
            assertEquals(1, nodeB.reader("BOB").size(), "delivered once");
        }
    }

    @Test
    void withoutA191DiskRscsSaysSoAndGoesOnRememberingInStorage() throws Exception {
        try (NetworkNode node = NetworkNode.start(dir.resolve("M"), "M", RscsNetworkTest.DIRECTORY, "LOCAL M 1\n", false)) {
            node.command("RSCS", "DETACH 191");
            node.cp().ipl(node.logon("RSCS"), "RSCS", "LOCAL M " + NetworkNode.freePort());
            assertTrue(NetworkNode.await(() -> node.console("RSCS").stream().anyMatch(l -> l.startsWith("DMTINI001I")), 30_000),
                    () -> "RSCS: " + node.console("RSCS"));
            assertTrue(node.console("RSCS").contains(
                    "DMTAXS104E FILES RECEIVED ARE REMEMBERED IN STORAGE ONLY -- DEVICE 191 DOES NOT EXIST"),
                    () -> "RSCS: " + node.console("RSCS"));
            node.sendFile("ALICE", "M", "BOB", "LOCAL", "DATA", RscsNetworkTest.cards("LOCAL", 3));
            assertTrue(NetworkNode.await(() -> node.reader("BOB").size() == 1, 20_000), () -> "RSCS: " + node.console("RSCS"));
        }
    }
}
