package vm370.system.rscs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample network's second and third systems, from samples/net, exchange a file (on free ports). */
@Tag("system")
class SampleNetworkTest {

    @TempDir
    Path dir;

    @Test
    void theSampleNodesTwoAndThreeExchangeAFile() throws Exception {
        Path net = Path.of("..", "samples", "net");
        int two = NetworkNode.freePort();
        int three = NetworkNode.freePort();
        String config2 = Files.readString(net.resolve("node2/rscs.config")).replace("17502", String.valueOf(two))
                .replace("17503", String.valueOf(three));
        String config3 = Files.readString(net.resolve("node3/rscs.config")).replace("17502", String.valueOf(two))
                .replace("17503", String.valueOf(three));
        try (NetworkNode node2 = NetworkNode.start(dir.resolve("2"), "NODE2", Files.readString(net.resolve("node2/user.direct")), config2);
             NetworkNode node3 = NetworkNode.start(dir.resolve("3"), "NODE3", Files.readString(net.resolve("node3/user.direct")), config3)) {
            node3.sendFile("ALICE", "NODE2", "BOB", "HELLO", "DATA", RscsNetworkTest.cards("HELLO", 10));
            assertTrue(NetworkNode.await(() -> node2.reader("BOB").size() == 1, 30_000), () -> "NODE3: " + node3.console("RSCS"));
            assertEquals("NODE3 ALICE", node2.reader("BOB").getFirst().tag());
        }
    }
}
