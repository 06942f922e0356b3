package vm370.system.rscs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Starts A–B–C on free ports. */
    private NetworkNode[] chain() throws Exception {
        return chainWithB(0, NetworkNode.freePort(), "", "");
    }

    /**
     * Starts A–B–C with B listening on {@code b}; A reaches B at {@code aToBPort} (a relay) when not 0,
     * and then B never reaches A itself, so that the relay carries the link.
     */
    private NetworkNode[] chainWithB(int aToBPort, int b, String moreA, String moreB) throws Exception {
        int a = NetworkNode.freePort();
        int c = NetworkNode.freePort();
        NetworkNode nodeA = start("A", """
                LOCAL A %d
                LINK B 127.0.0.1 %d
                ROUTE C B
                AUTH ALICE
                RETRY 0.1 0.5
                """.formatted(a, aToBPort == 0 ? b : aToBPort) + moreA);
        NetworkNode nodeB = start("B", """
                LOCAL B %d
                LINK A 127.0.0.1 %d NOAUTO
                LINK C 127.0.0.1 %d
                RETRY 0.1 0.5
                """.formatted(b, aToBPort == 0 ? a : 1, c) + moreB);
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
        NetworkNode[] n = chain();
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
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream().anyMatch(l -> l.matches(
                ".*DMTNJI106I FILE \\d{4} SENT ON LINK B TO C\\(BOB\\)")), 10_000),
                () -> "the sender is told when the first link has the file; ALICE saw " + n[0].console("ALICE"));
        assertTrue(n[1].console("RSCS").stream().noneMatch(l -> l.contains("DMTNJI106I")),
                () -> "the node that stores and forwards tells no one: " + n[1].console("RSCS"));
    }

    @Test
    void aMessageFromAReachesAUserOnC() throws Exception {
        NetworkNode[] n = chain();
        n[2].logon("BOB");
        awaitActive(n);
        n[0].command("ALICE", "SMSG RSCS MSG C BOB hello over two links");
        assertTrue(NetworkNode.await(() -> n[2].console("BOB").stream()
                .anyMatch(l -> l.contains("FROM A(ALICE): hello over two links")), 20_000), () -> "BOB saw " + n[2].console("BOB"));
    }

    @Test
    void anRscsCommandRunsOnARemoteNodeAndItsReplyComesBack() throws Exception {
        NetworkNode[] n = chain();
        awaitActive(n);
        n[0].command("ALICE", "SMSG RSCS CMD C QUERY SYSTEM");
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream()
                .anyMatch(l -> l.contains("FROM C: DMTCMX700I NODE C")), 20_000), () -> "ALICE saw " + n[0].console("ALICE"));
        n[0].command("ALICE", "SMSG RSCS CMD C DRAIN B");
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream()
                .anyMatch(l -> l.contains("FROM C: DMTCMX202E COMMAND DRAIN NOT AUTHORIZED")), 20_000),
                () -> "a remote user may not drain C's links: " + n[0].console("ALICE"));
    }

    @Test
    void aLinkKilledMidTransferResumesWithNothingLostOrDuplicated() throws Exception {
        int b = NetworkNode.freePort();
        try (KillableProxy proxy = new KillableProxy(b, 12_000, 3)) {
            NetworkNode[] n = chainWithB(proxy.port(), b, "", "");
            int files = 12;
            for (int i = 1; i <= files; i++) {
                n[0].sendFile("ALICE", "C", "BOB", String.format("FILE%02d", i), "DATA", cards("F" + i, 200));
            }
            assertTrue(NetworkNode.await(() -> n[2].reader("BOB").size() >= files && proxy.kills() == 3, 60_000),
                    () -> "C's BOB has " + n[2].reader("BOB").size() + " after " + proxy.kills() + " kills; A: "
                            + n[0].console("RSCS"));
            Thread.sleep(1000);
            List<SpoolFile> got = n[2].reader("BOB");
            assertEquals(files, got.size(), "no file twice");
            for (int i = 1; i <= files; i++) {
                String name = String.format("FILE%02d", i);
                SpoolFile file = got.stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
                List<byte[]> expected = cards("F" + i, 200);
                List<byte[]> records = n[2].records(file);
                assertEquals(expected.size(), records.size(), name);
                for (int r = 0; r < expected.size(); r++) {
                    assertArrayEquals(expected.get(r), records.get(r), name + " card " + (r + 1));
                }
            }
            assertTrue(NetworkNode.await(() -> n[0].reader("RSCS").isEmpty(), 10_000), "A keeps nothing");
        }
    }

    @Test
    void aFileForAnUnknownNodeComesBackToItsSender() throws Exception {
        NetworkNode[] n = chain();
        n[0].sendFile("ALICE", "Z", "BOB", "LOST", "FILE", cards("LOST", 5));
        assertTrue(NetworkNode.await(() -> n[0].reader("ALICE").size() == 1, 20_000), () -> "A: " + n[0].console("RSCS"));
        assertEquals("LOST", n[0].reader("ALICE").getFirst().fileName());
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream()
                .anyMatch(l -> l.contains("DMTAXS102E") && l.contains("NODE Z NOT DEFINED")), 10_000), () -> "ALICE saw " + n[0].console("ALICE"));
    }

    @Test
    void aFileForAUserCDoesNotHaveComesBackOverTheNetwork() throws Exception {
        NetworkNode[] n = chain();
        n[0].logon("ALICE");
        n[0].sendFile("ALICE", "C", "NOBODY", "STRAY", "FILE", cards("STRAY", 7));
        assertTrue(NetworkNode.await(() -> n[0].reader("ALICE").size() == 1, 30_000),
                () -> "A: " + n[0].console("RSCS") + " C: " + n[2].console("RSCS"));
        SpoolFile back = n[0].reader("ALICE").getFirst();
        assertEquals("STRAY", back.fileName());
        assertEquals(7, n[0].records(back).size());
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream()
                .anyMatch(l -> l.contains("USER NOBODY UNKNOWN AT C")), 10_000), () -> "ALICE saw " + n[0].console("ALICE"));
    }

    private static void awaitActive(NetworkNode[] n) throws InterruptedException {
        assertTrue(NetworkNode.await(() -> n[0].console("RSCS").stream().anyMatch(l -> l.contains("LINK B ACTIVE"))
                && n[2].console("RSCS").stream().anyMatch(l -> l.contains("LINK B ACTIVE")), 20_000), "links up");
    }

    @Test
    void aFileCaughtInARoutingLoopIsReturnedAtTheHopLimit() throws Exception {
        NetworkNode[] n = chainWithB(0, NetworkNode.freePort(), "ROUTE Z B\nHOPS 4\n", "ROUTE Z A\nHOPS 4\n");
        n[0].sendFile("ALICE", "Z", "BOB", "LOOPY", "FILE", cards("LOOP", 3));
        assertTrue(NetworkNode.await(() -> n[0].reader("ALICE").size() == 1, 30_000),
                () -> "A: " + n[0].console("RSCS") + " B: " + n[1].console("RSCS"));
        assertEquals("LOOPY", n[0].reader("ALICE").getFirst().fileName());
        assertTrue(NetworkNode.await(() -> n[0].console("ALICE").stream().anyMatch(l -> l.contains("HOP LIMIT 4 REACHED")),
                10_000), () -> "ALICE saw " + n[0].console("ALICE"));
    }
}
