package vm370.spool.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.testing.SpoolFixture;

/** LOADBUF's forms control buffers drive the carriage; START ... SEP prints a block-letter separator first. */
class FormsAndSeparatorTest {

    @TempDir
    Path folder;
    SpoolFixture spool;
    SpoolFixture.Session alice;
    SpoolFixture.Session operator;
    RealPrinter printer;

    @BeforeEach
    void open() {
        spool = new SpoolFixture(folder);
        alice = spool.logon("ALICE", false);
        operator = spool.logon("OPERATOR", true);
        printer = new RealPrinter(0x00E, spool.manager(), folder.resolve("printed"), line -> { });
        spool.realDevices().add(printer);
    }

    @AfterEach
    void close() {
        spool.close();
    }

    private static PrintLayout layout(FormsControlBuffer fcb, Object... commandsAndTexts) {
        PrintLayout layout = new PrintLayout(Ebcdic.CP037, fcb);
        for (int i = 0; i < commandsAndTexts.length; i += 2) {
            layout.record(((UnitRecordCommand) commandsAndTexts[i]).code(),
                    Ebcdic.CP037.encode((String) commandsAndTexts[i + 1]));
        }
        return layout;
    }

    @Test
    void skipToChannel12StopsAtTheLineTheBufferPunchesForIt() {
        for (FormsControlBuffer fcb : List.of(FormsControlBuffer.STANDARD, FormsControlBuffer.named("FCBS").orElseThrow())) {
            PrintLayout layout = layout(fcb, UnitRecordCommand.WRITE_SKIP_CHANNEL_12, "TOP",
                    UnitRecordCommand.WRITE_SPACE_1, "AT CHANNEL 12", UnitRecordCommand.WRITE_SKIP_CHANNEL_1, "LAST ON FORM",
                    UnitRecordCommand.WRITE_SPACE_1, "NEXT FORM");
            List<PrintLayout.Page> pages = layout.pages();
            assertEquals(2, pages.size(), fcb.name());
            int channel12 = fcb.name().equals("FCB1") ? 59 : 45;
            assertEquals(List.of("TOP"), pages.getFirst().lines().getFirst());
            assertEquals(List.of("AT CHANNEL 12"), pages.getFirst().lines().get(channel12));
            assertEquals(List.of("LAST ON FORM"), pages.getFirst().lines().get(channel12 + 1));
            assertEquals(fcb.lines(), pages.getFirst().lines().size());
            assertEquals(List.of("NEXT FORM"), pages.get(1).lines().getFirst());
        }
    }

    @Test
    void spacingPastTheEndOfAShortFormStartsTheNextForm() {
        FormsControlBuffer shortForm = FormsControlBuffer.named("fcbs").orElseThrow();
        Object[] records = new Object[2 * 52];
        for (int i = 0; i < 52; i++) {
            records[2 * i] = UnitRecordCommand.WRITE_SPACE_1;
            records[2 * i + 1] = "LINE " + (i + 1);
        }
        List<PrintLayout.Page> pages = layout(shortForm, records).pages();
        assertEquals(2, pages.size());
        assertEquals(List.of("LINE 51"), pages.getFirst().lines().get(50));
        assertEquals(List.of("LINE 52"), pages.get(1).lines().getFirst());
    }

    @Test
    void aSkipToAChannelTheBufferDoesNotPunchGoesToChannel1() {
        List<PrintLayout.Page> pages = layout(FormsControlBuffer.STANDARD, UnitRecordCommand.WRITE_SKIP_CHANNEL_5, "FIRST",
                UnitRecordCommand.WRITE_SPACE_1, "SECOND").pages();
        assertEquals(2, pages.size());
        assertEquals(List.of("SECOND"), pages.get(1).lines().getFirst());
    }

    @Test
    void loadbufChangesTheFormsOfTheNextFilesAndRefusesWhatItCannotLoad() throws IOException {
        assertEquals(List.of(), operator.run("LOADBUF 00E FCB FCB8").output());
        assertEquals("FCB8", printer.fcb().name());
        assertEquals("DMKCSO002E INVALID OPERAND - NOSUCH", operator.run("LOADBUF 00E FCB NOSUCH").output().getFirst());
        assertEquals("DMKCSO002E INVALID OPERAND - UCS", operator.run("LOADBUF 00E UCS PN").output().getFirst());
        assertEquals("DMKCSO040E DEV 0FF DOES NOT EXIST", operator.run("LOADBUF 0FF FCB FCB1").output().getFirst());
        assertEquals("FCB8", printer.fcb().name());
        for (int i = 1; i <= 80; i++) {
            alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("LINE " + i));
        }
        alice.run("CLOSE PRINTER");
        operator.run("START 00E NOSEP");
        assertEquals(1, printer.processQueue());
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("printed").resolve("ALICE-0001.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), "88 lines at 8 lines an inch hold all 80");
            assertEquals(11f * 72f, pdf.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
    }

    @Test
    void blockLettersAreMadeOfTheirOwnCharacters() {
        assertEquals(List.of(
                "LL          TTTTTTTTTT",
                "LL              TT",
                "LL              TT",
                "LL              TT",
                "LL              TT",
                "LL              TT",
                "LLLLLLLLLL      TT"), SeparatorPage.blockLetters("LT"));
    }

    @Test
    void aStartedWithSepPrinterPrintsTheSeparatorFormBeforeTheFile() throws IOException {
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("THE REPORT"));
        alice.run("CLOSE PRINTER NAME MY LISTING DIST BIN7");
        operator.run("START 00E SEP");
        assertEquals(1, printer.processQueue());
        String text = Files.readString(folder.resolve("printed").resolve("ALICE-0001-MY-LISTING.txt"));
        String[] forms = text.split("\f");
        assertEquals(2, forms.length);
        List<String> separator = new ArrayList<>(forms[0].lines().toList());
        assertTrue(separator.contains(SeparatorPage.blockLetters("ALICE").getFirst()), forms[0]);
        assertTrue(separator.contains(SeparatorPage.blockLetters("0001").getLast()), forms[0]);
        assertTrue(separator.contains("USERID ALICE     ORIGIN ALICE     SPOOLID 0001  CLASS A  FORM STANDARD  DIST BIN7"),
                forms[0]);
        assertTrue(separator.contains("FILE MY       LISTING   TYPE PRT  RECORDS 000001  COPIES 01"), forms[0]);
        assertTrue(separator.contains("CREATED 11/21/26 09:30:15  PRINTED 11/21/26 09:30:15"), forms[0]);
        assertEquals("THE REPORT", forms[1].lines().findFirst().orElseThrow());
    }
}
