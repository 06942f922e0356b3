package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.await;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.nucleus.Cms;
import vm370.cp.console.ConsoleSessions;
import vm370.system.boot.RunningSystem;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.testing.S3270;

/** CMS at a 3270: IPL CMS from CP READ, a CMS command with VM READ around it, PA1 and BEGIN. */
@Timeout(180)
class CmsAt3270Test {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER CMSTEST
            STORAGE 32M
            VOLUME CMS001 3350 20
            """;
    private static final String DIRECT = """
            USER ALICE ALICEPW 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 1 3 CMS001 MR
            """;

    @TempDir
    Path dir;

    @Test
    void cmsReadsAtVmReadAndPa1GivesCpReadUntilBegin() throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        Path var = dir.resolve("var");
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"), var,
                dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(new Cms())));
             ConsoleSessions sessions = new ConsoleSessions(system.cp(), system.commands(), var);
             TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), sessions.handler());
             S3270 t = new S3270("-model", "3278-2")) {
            t.ok("Connect(127.0.0.1:" + server.port() + ")");
            t.ok("Wait(10,InputField)");
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "LOGON ALICE");
            awaitLine(t, "ENTER PASSWORD:");
            type(t, "ALICEPW");
            awaitLine(t, "LOGON AT ");
            awaitStatus(t, "CP READ");
            type(t, "IPL CMS");
            awaitLine(t, "CMS VERSION");
            awaitStatus(t, "VM READ");
            type(t, "CP QUERY USERS");
            List<String> rows = awaitLine(t, "Ready");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("001 USERS, 000 DIALED")), String.join("\n", rows));
            awaitStatus(t, "VM READ");
            t.ok("PA(1)");
            awaitStatus(t, "CP READ");
            type(t, "QUERY NAMES");
            awaitLine(t, "ALICE    - 0C0");
            type(t, "BEGIN");
            awaitStatus(t, "VM READ");
            t.ok("Clear()");
            type(t, "CP QUERY USERID");
            await(t, "CMS's answer", r -> r.stream().anyMatch(l -> l.startsWith("ALICE AT CMSTEST")));
        }
    }
}
