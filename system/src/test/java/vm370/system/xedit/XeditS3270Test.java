package vm370.system.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.display.DiagnoseTerminal;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.cms.xedit.DiskFileStore;
import vm370.cms.xedit.EditorHost;
import vm370.cms.xedit.LineConsole;
import vm370.cms.xedit.XeditCommand;
import vm370.cp.console.ConsoleSessions;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.s370.text.Ebcdic;
import vm370.system.boot.RunningSystem;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.testing.S3270;

/**
 * XEDIT driven by the real s3270 client over TN3270: the user logs on, the machine IPLs a guest that
 * runs XEDIT on a CMS disk through DIAGNOSE X'58', and the keys typed on the client edit the file:
 * typing over a line, prefix commands (insert, block delete, block copy and move), CHANGE with a
 * target and counts, a REXX XEDIT macro, QUIT refused after a change, SAVE and FILE; then the file is
 * read back from the disk.
 */
@Tag("system")
class XeditS3270Test {

    private static final String DIRECTORY = """
            USER ALICE ALICEPW 1M 16M G
             IPL XEDTEST
             CONSOLE 009 3215
            """;

    @TempDir
    Path dir;

    private final CmsDisk disk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 4096, 400), "XED191", 0, 'A',
            Clock.systemUTC()).orElseThrow();

    /** The guest: XEDIT PLAN DATA A on the disk, through DIAGNOSE X'58'; its return code goes on the disk. */
    private final GuestSystem xedit = new GuestSystem() {
        @Override
        public String name() {
            return "XEDTEST";
        }

        @Override
        public void run(GuestMachine machine, String parm) {
            DiagnoseTerminal terminal = new DiagnoseTerminal(machine, 0x009, 0x40000, 16384);
            LineConsole console = new LineConsole() {
                public void write(String line) {
                }

                public String read() {
                    return null;
                }
            };
            int rc = XeditCommand.run("PLAN DATA A", new DiskFileStore(Map.of('A', disk)), EditorHost.NONE,
                    terminal.available() ? terminal : null, console);
            write("XEDIT", "RC", List.of(Integer.toString(rc)));
        }
    };

    private void write(String name, String type, List<String> lines) {
        RecordWriter w = disk.openWriter(FileId.of(name, type), RecordFormat.V, 80, WriteMode.REPLACE).orElseThrow();
        for (String line : lines) {
            byte[] b = Ebcdic.CP037.encode(line);
            assertEquals(FsCode.OK, w.write(b, 0, b.length));
        }
        assertEquals(FsCode.OK, w.close());
    }

    private List<String> read(String name, String type) {
        RecordReader r = disk.openReader(name, type).orElseThrow();
        FileStatus s = r.status();
        byte[] buffer = new byte[s.lrecl()];
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= s.records(); n++) {
            r.read(buffer);
            out.add(Ebcdic.CP037.decode(buffer, 0, r.length()));
        }
        return out;
    }

    private static List<String> await(S3270 s, String what, Predicate<List<String>> condition) throws Exception {
        return s.awaitScreen(what, Duration.ofSeconds(30), condition);
    }

    private static List<String> awaitRow(S3270 s, int row, String text) throws Exception {
        return await(s, "row " + row + " " + text, rows -> rows.get(row).contains(text));
    }

    /** Types at a row and column (0-origin, as the XEDIT screen is laid out) without pressing a key. */
    private static void typeAt(S3270 s, int row, int column, String text) throws Exception {
        s.ok("Wait(10,Unlock)");
        s.ok("MoveCursor(" + row + "," + column + ")");
        S3270.Reply typed = s.run("String(\"" + text + "\")");
        if (!typed.ok()) {
            throw new AssertionError("typing " + text + " at " + row + "," + column + ": " + typed.data() + "\n"
                    + String.join("\n", s.ok("Ascii()")));
        }
    }

    private static void command(S3270 s, String text) throws Exception {
        typeAt(s, 22, 7, text);
        s.ok("Enter()");
    }

    @Test
    void aUserEditsAFileOnTheScreenWithS3270AndTheDiskHoldsTheResult() throws Exception {
        write("PLAN", "DATA", List.of("ONE", "TWO", "THREE", "FOUR", "FIVE"));
        write("NUMBER", "XEDIT", List.of("/* number every line */", "'EXTRACT /SIZE/'", "'TOP'",
                "do i = 1 to size.1", "  'DOWN'", "  'EXTRACT /CURLINE/'", "  'REPLACE' i curline.3", "end",
                "say 'numbered' size.1 'lines'"));
        Files.writeString(dir.resolve("system.config"), "SYSTEM_IDENTIFIER TESTVM\nSTORAGE 16M\nVOLUME VMSYS1 3350 10\n");
        Files.writeString(dir.resolve("user.direct"), DIRECTORY);
        Path var = dir.resolve("var");
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"), var,
                dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(xedit)));
             ConsoleSessions sessions = new ConsoleSessions(system.cp(), system.commands(), var, Instant::now);
             TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), sessions.handler());
             S3270 s = new S3270("-model", "3278-2")) {
            s.ok("Connect(127.0.0.1:" + server.port() + ")");
            s.ok("Wait(10,InputField)");
            s.ok("Enter()");
            await(s, "CP READ", rows -> rows.get(23).contains("CP READ"));
            s.ok("String(\"LOGON ALICE\")");
            s.ok("Enter()");
            await(s, "the password prompt", rows -> rows.stream().anyMatch(r -> r.startsWith("ENTER PASSWORD:")));
            s.ok("String(\"ALICEPW\")");
            s.ok("Enter()");

            List<String> screen = awaitRow(s, 0, "PLAN     DATA     A1");
            assertEquals(" ===== * * * Top of File * * *", screen.get(11).stripTrailing());
            assertEquals(" ===== ONE", screen.get(13).stripTrailing());
            assertTrue(screen.get(23).contains("X E D I T 1 File"), screen.get(23));

            typeAt(s, 13, 7, "UNO");
            typeAt(s, 14, 1, "i1");
            s.ok("Enter()");
            screen = awaitRow(s, 0, "Size=6");
            assertEquals(" ===== UNO", screen.get(13).stripTrailing());
            assertEquals(" =====", screen.get(15).stripTrailing(), "an empty line was inserted after TWO");
            assertEquals(15, Integer.parseInt(s.ok("Query(Cursor)").getFirst().split(" ")[0]), "the cursor is on it");
            s.ok("String(\"NEW\")");
            typeAt(s, 16, 1, "dd");
            typeAt(s, 17, 1, "dd");
            s.ok("Enter()");
            screen = awaitRow(s, 0, "Size=4");
            assertEquals(List.of(" ===== UNO", " ===== TWO", " ===== NEW", " ===== FIVE"),
                    screen.subList(13, 17).stream().map(String::stripTrailing).toList());

            typeAt(s, 13, 1, "cc");
            typeAt(s, 14, 1, "cc");
            typeAt(s, 16, 1, "f");
            s.ok("Enter()");
            awaitRow(s, 0, "Size=6");
            typeAt(s, 17, 1, "m");
            typeAt(s, 11, 1, "f");
            s.ok("Enter()");
            screen = awaitRow(s, 13, "UNO");
            assertEquals(" ===== UNO", screen.get(14).stripTrailing(), "the copy of UNO moved to the top");

            command(s, "set case m");
            awaitRow(s, 22, "====>");
            command(s, ":1 c/N/n/ * 2");
            screen = awaitRow(s, 1, "occurrence(s) changed");
            assertTrue(screen.get(1).contains("DMSXSU517I 3 occurrence(s) changed on 3 line(s)"), screen.get(1));

            command(s, "top");
            awaitRow(s, 0, "Line=0");
            command(s, "number");
            screen = awaitRow(s, 1, "numbered");
            assertTrue(screen.get(1).contains("numbered 6 lines"), screen.get(1));

            s.ok("PF(3)");
            screen = awaitRow(s, 1, "File has been changed");
            assertTrue(screen.get(1).contains("DMSXSU577E File has been changed; type QQUIT to quit anyway"), screen.get(1));
            command(s, "save");
            awaitRow(s, 0, "Alt=0");
            List<String> saved = read("PLAN", "DATA");
            assertEquals(List.of("1 UnO", "2 UnO", "3 TWO", "4 nEW", "5 FIVE", "6 TWO"), saved);
            command(s, "input last line");
            awaitRow(s, 0, "Size=7");
            command(s, "file");
            await(s, "CP's console again", rows -> !rows.get(0).contains("PLAN     DATA"));
            for (int i = 0; i < 200 && disk.state("XEDIT", "RC").isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("0"), read("XEDIT", "RC"));
            List<String> filed = read("PLAN", "DATA");
            assertEquals(7, filed.size());
            assertEquals("last line", filed.get(6), "typed after the current line, the last one numbered");
        }
    }
}
