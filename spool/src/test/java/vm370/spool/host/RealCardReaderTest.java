package vm370.spool.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.ReadOutcome;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.SpoolFile;
import vm370.spool.testing.SpoolFixture;

class RealCardReaderTest {

    @TempDir
    Path folder;
    SpoolFixture spool;
    RealCardReader reader;
    Path hopper;
    Path rejected;
    final List<String> console = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        spool = new SpoolFixture(folder);
        hopper = Files.createDirectories(folder.resolve("hopper"));
        rejected = folder.resolve("rejected");
        reader = new RealCardReader(0x00C, spool.manager(), SpoolFixture.USERS::contains, "OPERATOR", hopper, rejected,
                line -> {
                    synchronized (console) {
                        console.add(line);
                    }
                });
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        spool.close();
    }

    private List<String> readAll(String userid) {
        VirtualReader virtual = new VirtualReader(0x00C, userid, spool.manager());
        List<String> cards = new ArrayList<>();
        byte[] buffer = new byte[80];
        while (virtual.read(buffer, 0, 80) == ReadOutcome.RECORD) {
            cards.add(SpoolFixture.text(buffer, virtual.recordLength()));
        }
        return cards;
    }

    private void drop(String name, byte[] deck) throws IOException {
        Path temporary = hopper.resolve(name + ".tmp");
        Files.write(temporary, deck);
        Files.move(temporary, hopper.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void asciiDeckWithoutIdCardGoesToTheOperatorsReader() throws IOException {
        drop("JOB1.DECK", "//JOB1 JOB\n\tTAB\r\nLAST CARD".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, reader.processHopper());
        assertFalse(Files.exists(hopper.resolve("JOB1.DECK")), "a spooled deck leaves the hopper");
        SpoolFile file = spool.manager().files(f -> true).getFirst();
        assertEquals("OPERATOR", file.owner());
        assertEquals("JOB1", file.fileName());
        assertEquals("DECK", file.fileType());
        assertEquals(List.of("//JOB1 JOB", "        TAB", "LAST CARD"), readAll("OPERATOR"));
        assertEquals(List.of(String.format("RDR 00C INPUT FOR OPERATOR FILE = %04d", file.spoolId())), console);
    }

    @Test
    void idCardRoutesTheDeckToThatUserAndIsNotPartOfIt() throws IOException {
        drop("a.deck", "ID alice\nCARD 1\nCARD 2\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, reader.processHopper());
        assertEquals(List.of("CARD 1", "CARD 2"), readAll("ALICE"));
    }

    @Test
    void ebcdicDeckIsTakenAsFixedEightyByteCards() throws IOException {
        byte[] deck = new byte[240];
        System.arraycopy(SpoolFixture.card("ID BOB"), 0, deck, 0, 80);
        System.arraycopy(SpoolFixture.card("EBCDIC ONE"), 0, deck, 80, 80);
        System.arraycopy(SpoolFixture.card("EBCDIC TWO"), 0, deck, 160, 80);
        drop("e.bin", deck);
        assertEquals(1, reader.processHopper());
        assertEquals(List.of("EBCDIC ONE", "EBCDIC TWO"), readAll("BOB"));
    }

    @Test
    void unreadableDecksGoToTheRejectedFolderWithAReason() throws IOException {
        drop("empty.deck", new byte[0]);
        byte[] garbage = new byte[333];
        new Random(370).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        drop("garbage.deck", garbage);
        drop("stranger.deck", "ID NOBODY\nHELLO\n".getBytes(StandardCharsets.US_ASCII));
        drop("wide.deck", ("X".repeat(81) + "\n").getBytes(StandardCharsets.US_ASCII));
        drop("idonly.deck", "ID ALICE\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, reader.processHopper());
        assertEquals(0, spool.manager().fileCount());
        assertReason("empty.deck", "EMPTY DECK");
        assertReason("garbage.deck", "EBCDIC DECK OF 333 BYTES IS NOT A MULTIPLE OF 80");
        assertReason("stranger.deck", "ID CARD USERID NOBODY NOT IN CP DIRECTORY");
        assertReason("wide.deck", "CARD 1 IS LONGER THAN 80 COLUMNS");
        assertReason("idonly.deck", "EMPTY DECK AFTER ID CARD");
        try (var left = Files.list(hopper)) {
            assertEquals(0, left.count());
        }
        assertArrayEqualsFile(garbage, rejected.resolve("garbage.deck"));
    }

    private void assertReason(String deck, String reason) throws IOException {
        assertTrue(Files.exists(rejected.resolve(deck)), deck + " moved to the rejected folder");
        assertEquals(reason + "\n", Files.readString(rejected.resolve(deck + ".reason")));
    }

    private static void assertArrayEqualsFile(byte[] expected, Path file) throws IOException {
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void temporaryFilesAreLeftAloneUntilRenamed() throws IOException {
        Files.writeString(hopper.resolve("HALF.tmp"), "ID ALICE\nHALF WRITTEN");
        assertEquals(0, reader.processHopper());
        assertTrue(Files.exists(hopper.resolve("HALF.tmp")));
    }

    @Test
    void drainedReaderLeavesDecksInTheHopperUntilStarted() throws IOException {
        reader.drain();
        drop("later.deck", "ID ALICE\nLATER\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, reader.processHopper());
        assertTrue(Files.exists(hopper.resolve("later.deck")));
        reader.start(null, null);
        assertEquals(List.of("LATER"), readAll("ALICE"));
    }

    @Test
    void watchedHopperSpoolsADeckSoonAfterItIsRenamedIntoPlace() throws Exception {
        drop("before.deck", "ID BOB\nWAS THERE FIRST\n".getBytes(StandardCharsets.US_ASCII));
        reader.watch(Duration.ofMillis(50));
        drop("after.deck", "ID ALICE\nARRIVED LATER\n".getBytes(StandardCharsets.US_ASCII));
        awaitTrue(() -> spool.manager().fileCount() == 2);
        assertEquals(List.of("WAS THERE FIRST"), readAll("BOB"));
        assertEquals(List.of("ARRIVED LATER"), readAll("ALICE"));
    }

    @Test
    void socketTakesOneDeckPerConnection() throws Exception {
        int port = reader.listen(0, DeckFormat.ASCII);
        send(port, "ID ALICE\nFIRST DECK\n");
        awaitTrue(() -> spool.manager().fileCount() == 1);
        send(port, "ID ALICE\nSECOND DECK\n");
        awaitTrue(() -> spool.manager().fileCount() == 2);
        send(port, "ID NOBODY\nLOST\n");
        awaitTrue(() -> Files.exists(rejected.resolve("SOCKET.0003.reason")));
        assertEquals("ID NOBODY\nLOST\n", Files.readString(rejected.resolve("SOCKET.0003")));
        VirtualReader virtual = new VirtualReader(0x00C, "ALICE", spool.manager());
        virtual.setContinuous(true);
        List<String> cards = new ArrayList<>();
        byte[] buffer = new byte[80];
        while (virtual.read(buffer, 0, 80) == ReadOutcome.RECORD) {
            cards.add(SpoolFixture.text(buffer, 80));
        }
        assertEquals(List.of("FIRST DECK", "SECOND DECK"), cards);
    }

    private static void send(int port, String deck) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = socket.getOutputStream()) {
            out.write(deck.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void autoDetectFollowsHerculesRuleOnTheFirst160Bytes() {
        DeckDecoder decoder = new DeckDecoder(Ebcdic.CP037);
        assertTrue(DeckDecoder.looksLikeAscii("HELLO\r\n\tWORLD".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(DeckDecoder.looksLikeAscii(SpoolFixture.card("HELLO")));
        DeckDecoder.Decoded.Cards cards = assertInstanceOf(DeckDecoder.Decoded.Cards.class,
                decoder.decode("ONE\nTWO\u001AIGNORED AFTER EOF".getBytes(StandardCharsets.US_ASCII), DeckFormat.ASCII));
        assertEquals(2, cards.cards().size());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition met within 10 s");
    }
}
