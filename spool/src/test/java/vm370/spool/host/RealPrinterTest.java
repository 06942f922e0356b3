package vm370.spool.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.command.CommandResult;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPrinter;
import vm370.spool.file.SpoolFile;
import vm370.spool.testing.SpoolFixture;

class RealPrinterTest {

    @TempDir
    Path folder;
    SpoolFixture spool;
    SpoolFixture.Session alice;
    SpoolFixture.Session operator;
    RealPrinter printer;
    RealPunch punch;
    final List<String> console = new ArrayList<>();

    @BeforeEach
    void open() {
        spool = new SpoolFixture(folder);
        alice = spool.logon("ALICE", false);
        operator = spool.logon("OPERATOR", true);
        printer = new RealPrinter(0x00E, spool.manager(), folder.resolve("printed"), console::add);
        punch = new RealPunch(0x00D, spool.manager(), folder.resolve("punched"), console::add);
        spool.realDevices().add(printer);
        spool.realDevices().add(punch);
    }

    @AfterEach
    void close() {
        spool.close();
    }

    /** A listing that uses every kind of carriage control, 3 pages long. */
    private void printListing(VirtualPrinter device) {
        write(device, UnitRecordCommand.SKIP_CHANNEL_1_IMMEDIATE, "");
        write(device, UnitRecordCommand.WRITE_SPACE_1, "REPORT TITLE");
        write(device, UnitRecordCommand.WRITE_SPACE_2, "LINE 2, DOUBLE SPACED");
        write(device, UnitRecordCommand.WRITE_NO_SPACE, "UNDERLINED");
        write(device, UnitRecordCommand.WRITE_SPACE_3, "__________");
        write(device, UnitRecordCommand.WRITE_SPACE_1, "AFTER A TRIPLE SPACE   ");
        write(device, UnitRecordCommand.SKIP_CHANNEL_1_IMMEDIATE, "");
        write(device, UnitRecordCommand.WRITE_SPACE_1, "PAGE TWO");
        for (int i = 1; i <= 70; i++) {
            write(device, UnitRecordCommand.WRITE_SPACE_1, String.format("DETAIL LINE %02d", i));
        }
    }

    private static void write(VirtualPrinter device, UnitRecordCommand command, String text) {
        byte[] line = SpoolFixture.card(text);
        device.write(command.code(), line, 0, command.transfersData() ? text.length() : 0);
    }

    @Test
    void printedFileMatchesTheGoldenTextAndItsPdfHasTheSamePagesAndLines() throws IOException {
        printListing(alice.printer);
        CommandResult close = alice.run("CLOSE PRINTER NAME LISTING FILE");
        assertTrue(close instanceof CommandResult.Ok);
        printer.start(null, null);
        assertEquals(1, printer.processQueue());
        assertEquals(0, spool.manager().fileCount(), "a printed file leaves the queue");
        int id = 1;
        Path text = folder.resolve("printed").resolve(String.format("ALICE-%04d-LISTING-FILE.txt", id));
        String printed = Files.readString(text, StandardCharsets.UTF_8);
        Path golden = Path.of("src/test/resources/golden/RealPrinterTest/listing.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, printed, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), printed);
        assertEquals(List.of(String.format("PRT 00E OUTPUT OF ALICE    FILE = %04d RECDS = 000078 COPY = 01 A PRT", id)),
                console);

        try (PDDocument pdf = Loader.loadPDF(folder.resolve("printed").resolve(String.format("ALICE-%04d-LISTING-FILE.pdf", id)).toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            List<String> page1 = pageLines(pdf, 1);
            assertEquals(List.of("REPORT TITLE", "LINE 2, DOUBLE SPACED", "UNDERLINED__________", "AFTER A TRIPLE SPACE"),
                    page1, "both texts of the overprinted line are drawn on that one line");
            List<String> page2 = pageLines(pdf, 2);
            assertEquals(66, page2.size(), "a full form holds 66 lines");
            assertEquals("PAGE TWO", page2.getFirst());
            assertEquals("DETAIL LINE 65", page2.getLast());
            assertEquals(List.of("DETAIL LINE 66", "DETAIL LINE 67", "DETAIL LINE 68", "DETAIL LINE 69", "DETAIL LINE 70"),
                    pageLines(pdf, 3));
        }
    }

    private static List<String> pageLines(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void copiesPrintOneAfterAnother() throws IOException {
        printListing(alice.printer);
        alice.run("CLOSE PRINTER");
        alice.run("CHANGE PRINTER ALL COPY 2");
        printer.start(null, null);
        printer.processQueue();
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("printed").resolve("ALICE-0001.pdf").toFile())) {
            assertEquals(6, pdf.getNumberOfPages());
        }
        String text = Files.readString(folder.resolve("printed").resolve("ALICE-0001.txt"));
        assertEquals(5, text.chars().filter(c -> c == '\f').count());
    }

    @Test
    void drainedPrinterLeavesFilesQueuedAndStartServesOnlyItsClasses() {
        printListing(alice.printer);
        alice.run("CLOSE PRINTER");
        alice.run("SPOOL PRINTER CLASS B");
        printListing(alice.printer);
        alice.run("CLOSE PRINTER");
        assertEquals(0, printer.processQueue(), "real devices start drained");
        assertEquals(List.of("PRT  00E STARTED   SYSTEM   CLASS = B      SEP"),
                operator.run("START 00E CLASS B SEP").output());
        assertEquals(1, printer.processQueue());
        assertEquals('A', spool.manager().files(f -> true).getFirst().spoolClass());
        assertEquals(List.of("PRT  00E DRAINED   SYSTEM   CLASS = B      SEP"), operator.run("DRAIN PRINTER").output());
        assertEquals(List.of("PRT  00E DRAINED   SYSTEM   CLASS = B      SEP"), operator.run("QUERY 00E").output());
        operator.run("START 00E CLASS AB NOSEP");
        assertEquals(1, printer.processQueue());
        assertEquals(0, spool.manager().fileCount());
        assertEquals("DMKCSO028E CLASS MISSING OR INVALID", operator.run("START 00E CLASS ABCDE").output().getFirst());
        assertEquals("DMKCSO002E INVALID OPERAND - 0FF", operator.run("DRAIN 0FF").output().getFirst());
    }

    @Test
    void punchWritesEachFileAsAnEbcdicDeck() throws IOException {
        alice.punchDeck("CARD 1", "CARD 2", "CARD 3");
        operator.run("START PUNCH");
        assertEquals(1, punch.processQueue());
        byte[] deck = Files.readAllBytes(folder.resolve("punched").resolve("ALICE-0001.deck"));
        assertEquals(240, deck.length);
        assertEquals("CARD 2", SpoolFixture.text(Arrays.copyOfRange(deck, 80, 160), 80));
        assertEquals((byte) 0x40, deck[239], "cards are blank-padded EBCDIC");
    }

    @Test
    void keptFilesStayInTheQueueHeldAfterPrinting() {
        alice.run("SPOOL PUNCH KEEP");
        alice.punchDeck("KEEP ME");
        alice.punchDeck("PURGE ME");
        alice.run("CHANGE PUNCH " + 2 + " NOKEEP");
        punch.start(null, null);
        assertEquals(2, punch.processQueue());
        List<SpoolFile> left = spool.manager().files(f -> true);
        assertEquals(1, left.size());
        assertEquals(1, left.getFirst().spoolId());
        assertEquals("USER", left.getFirst().holdStatus());
    }
}
