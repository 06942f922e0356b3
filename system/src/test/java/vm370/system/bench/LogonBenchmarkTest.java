package vm370.system.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The logon benchmark's dialogue against a real system: logo, LOGON, password, QUERY TIME, LOGOFF over TN3270. */
@Tag("system")
class LogonBenchmarkTest {

    @Test
    void everyUserLogsOnQueriesTheTimeAndLogsOffOverTn3270() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        LogonBenchmark.Result result = LogonBenchmark.run(5, new PrintStream(progress, true, StandardCharsets.UTF_8));
        String log = progress.toString(StandardCharsets.UTF_8);
        assertEquals(5, result.loggedOn(), log);
        assertEquals(0, result.failures(), log);
        assertTrue(result.p99Millis() >= result.p50Millis() && result.p50Millis() > 0, log);
        assertTrue(result.figure().matches("logon: 5 users, \\d+ logons/s, QUERY TIME p99 [0-9.]+ ms"), result.figure());
    }
}
