package vm370.system.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.nucleus.Cms;
import vm370.cp.console.ConsoleSessions;
import vm370.system.boot.RunningSystem;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.testing.S3270;

/**
 * XEDIT under CMS with the real s3270 client: a user logs on to a machine that IPLs CMS, writes a
 * REXX XEDIT macro and a file with XEDIT's input mode, edits the file on the screen (typing over,
 * prefix commands, CHANGE, the macro), is refused QUIT after a change, FILEs it, and CMS TYPE shows
 * the file as it is on the A-disk.
 */
@Tag("system")
class XeditCmsS3270Test {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 32M
            VOLUME CMS001 3350 40
            """;
    private static final String DIRECTORY = """
            USER ALICE ALICEPW 4M 16M G
             IPL CMS
             CONSOLE 009 3215
             MDISK 191 3350 1 3 CMS001 MR
            """;

    @TempDir
    Path dir;

    private static List<String> await(S3270 s, String what, Predicate<List<String>> condition) throws Exception {
        return s.awaitScreen(what, Duration.ofSeconds(60), condition);
    }

    private static List<String> awaitRow(S3270 s, int row, String text) throws Exception {
        return await(s, "row " + row + " " + text, rows -> rows.get(row).contains(text));
    }

    private static List<String> awaitAny(S3270 s, String text) throws Exception {
        return await(s, text, rows -> rows.stream().anyMatch(r -> r.contains(text)));
    }

    private static void typeAt(S3270 s, int row, int column, String text) throws Exception {
        s.ok("Wait(10,Unlock)");
        s.ok("MoveCursor(" + row + "," + column + ")");
        s.ok("String(\"" + text.replace("\"", "\\\"") + "\")");
    }

    /** A command on XEDIT's command line (row 23 of 24). */
    private static void command(S3270 s, String text) throws Exception {
        typeAt(s, 22, 7, text);
        s.ok("Enter()");
    }

    /** Waits until CMS's last output line is its ready message (XEDIT's screen gone). */
    private static List<String> awaitReady(S3270 s) throws Exception {
        return await(s, "Ready;", rows -> {
            for (int r = 21; r >= 0; r--) {
                if (!rows.get(r).isBlank()) {
                    return rows.get(r).startsWith("Ready") && !rows.get(0).contains("Trunc=");
                }
            }
            return false;
        });
    }

    /** A line typed in CMS's input area. */
    private static void cms(S3270 s, String text) throws Exception {
        s.ok("Wait(10,Unlock)");
        s.ok("String(\"" + text + "\")");
        s.ok("Enter()");
    }

    /** XEDIT's input mode: lines typed in the rows under the scale, ENTER, then an empty ENTER ends it. */
    private static void input(S3270 s, List<String> lines) throws Exception {
        command(s, "input");
        await(s, "input mode", rows -> rows.get(23).contains("Input-mode"));
        for (int i = 0; i < lines.size(); i++) {
            typeAt(s, 13 + i, 7, lines.get(i));
        }
        s.ok("Enter()");
        await(s, "the lines in", rows -> rows.get(0).contains("Size=" + lines.size()));
        s.ok("Wait(10,Unlock)");
        s.ok("Enter()");
        await(s, "edit mode", rows -> rows.get(23).contains("X E D I T"));
    }

    @Test
    void xeditUnderCmsEditsAFileOnTheA191DiskFromS3270() throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECTORY);
        Path var = dir.resolve("var");
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"), var,
                dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(new Cms())));
             ConsoleSessions sessions = new ConsoleSessions(system.cp(), system.commands(), var, Instant::now);
             TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), sessions.handler());
             S3270 s = new S3270("-model", "3278-2")) {
            s.ok("Connect(127.0.0.1:" + server.port() + ")");
            s.ok("Wait(10,InputField)");
            s.ok("Enter()");
            await(s, "CP READ", rows -> rows.get(23).contains("CP READ"));
            cms(s, "LOGON ALICE");
            awaitAny(s, "ENTER PASSWORD:");
            cms(s, "ALICEPW");
            awaitAny(s, "DMSACC112S A (191) DEVICE ERROR");
            cms(s, "format 191 a");
            awaitAny(s, "DMSFOR603R");
            cms(s, "yes");
            awaitAny(s, "ENTER DISK LABEL");
            cms(s, "alice1");
            awaitReady(s);

            cms(s, "xedit number xedit a");
            awaitRow(s, 0, "NUMBER   XEDIT    A1");
            input(s, List.of("/* number every line */", "'EXTRACT /SIZE/'", "'TOP'", "do i = 1 to size.1", "'DOWN'",
                    "'EXTRACT /CURLINE/'", "'REPLACE' i curline.3", "end"));
            command(s, "file");
            awaitReady(s);

            cms(s, "xedit plan data a");
            awaitRow(s, 0, "PLAN     DATA     A1");
            input(s, List.of("one", "two", "three", "four", "five"));
            command(s, "top");
            awaitRow(s, 0, "Line=0");
            typeAt(s, 13, 7, "UNO");
            typeAt(s, 15, 1, "dd");
            typeAt(s, 16, 1, "dd");
            s.ok("Enter()");
            List<String> screen = awaitRow(s, 0, "Size=3");
            assertEquals(List.of(" ===== UNO", " ===== TWO", " ===== FIVE"),
                    screen.subList(13, 16).stream().map(String::stripTrailing).toList());
            command(s, ":1 c/O/0/ * *");
            screen = awaitRow(s, 1, "changed");
            assertTrue(screen.get(1).contains("2 occurrence(s) changed on 2 line(s)"), screen.get(1));
            command(s, "number");
            awaitRow(s, 0, "Line=3");
            s.ok("PF(3)");
            screen = awaitRow(s, 1, "QQUIT");
            assertTrue(screen.get(1).contains("File has been changed; type QQUIT to quit anyway"), screen.get(1));
            command(s, "file");
            awaitReady(s);
            cms(s, "type plan data a");
            screen = awaitAny(s, "3 FIVE");
            int first = screen.indexOf(screen.stream().filter(r -> r.startsWith("1 UN0")).findFirst().orElseThrow());
            assertEquals(List.of("1 UN0", "2 TW0", "3 FIVE"),
                    screen.subList(first, first + 3).stream().map(String::stripTrailing).toList());
        }
    }
}
