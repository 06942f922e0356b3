package vm370.system.rscs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.text.Ebcdic;
import vm370.spool.file.SpoolFile;

/** Three systems on loopback, A–B–C, each with RSCS: files, messages and commands cross the network. */
@Tag("system")
class RscsNetworkTest {

    static final String DIRECTORY = """
            USER RSCS RSCS 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3370 64 2000 VMFBA1 MR
            USER ALICE ALICE 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
            USER BOB BOB 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
            """;

    @TempDir
    Path dir;

    private final List<NetworkNode> nodes = new ArrayList<>();

    @AfterEach
    void shutDown() throws Exception {
        for (NetworkNode n : nodes.reversed()) {
            n.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts A–B–C; ports[i] is node i's listening port; {@code extra} adds lines to A's link to B (a proxy port). */
    private NetworkNode[] chain(int aToBPort) throws Exception {
        int a = freePort();
        int b = freePort();
        int c = freePort();
        NetworkNode nodeA = start("A", """
                LOCAL A %d
                LINK B 127.0.0.1 %d
                ROUTE C B
                AUTH ALICE
                RETRY 0.1 0.5
                """.formatted(a, aToBPort == 0 ? b : aToBPort));
        NetworkNode nodeB = start("B", """
                LOCAL B %d
                LINK A 127.0.0.1 %d NOAUTO
                LINK C 127.0.0.1 %d
                RETRY 0.1 0.5
                """.formatted(b, a, c));
        NetworkNode nodeC = start("C", """
                LOCAL C %d
                LINK B 127.0.0.1 %d
                ROUTE A B
                RETRY 0.1 0.5
                """.formatted(c, b));
        nodeB.operator("START A");
        return new NetworkNode[] {nodeA, nodeB, nodeC};
    }

    private NetworkNode start(String node, String config) throws Exception {
        NetworkNode n = NetworkNode.start(dir.resolve(node), node, DIRECTORY, config);
        nodes.add(n);
        return n;
    }

    static List<byte[]> cards(String prefix, int count) {
        List<byte[]> cards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cards.add(Ebcdic.CP037.encodePadded(String.format("%s CARD %05d   %s", prefix, i, "X".repeat(i % 40)), 80));
        }
        return cards;
    }

    @Test
    void aFileTaggedOnAArrivesIntactInTheReaderOfItsUserOnCWithOriginA() throws Exception {
        NetworkNode[] n = chain(0);
        List<byte[]> cards = cards("PROFILE", 120);
        n[0].sendFile("ALICE", "C", "BOB", "PROFILE", "EXEC", cards);
        assertTrue(NetworkNode.await(() -> n[2].reader("BOB").size() == 1, 30_000),
                () -> "C's BOB got nothing; A: " + n[0].console("RSCS") + " B: " + n[1].console("RSCS"));
        SpoolFile file = n[2].reader("BOB").getFirst();
        assertEquals("A ALICE", file.tag());
        assertEquals("PROFILE", file.fileName());
        assertEquals("EXEC", file.fileType());
        List<byte[]> got = n[2].records(file);
        assertEquals(cards.size(), got.size());
        for (int i = 0; i < cards.size(); i++) {
            assertArrayEquals(cards.get(i), got.get(i), "card " + (i + 1));
        }
        assertTrue(NetworkNode.await(() -> n[0].reader("RSCS").isEmpty() && n[1].reader("RSCS").isEmpty(), 10_000),
                "A and B keep nothing once C has the file");
    }
}
