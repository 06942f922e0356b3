package vm370.terminals.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load generator really exchanges and checks screens (a small run; the real one is vm370 bench tn3270). */
@Timeout(120)
class Tn3270BenchTest {

    @Test
    void loadGeneratorExchangesCheckedScreensOnEveryConnection() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Tn3270Bench.Result r = Tn3270Bench.run(20, Duration.ofSeconds(1), Duration.ZERO, new PrintStream(progress, true));
        assertEquals(0, r.failedConnections());
        assertEquals(0, r.wrongEchoes());
        assertTrue(r.screens() >= 20, "every connection got at least one screen: " + r.screens());
        assertTrue(r.figure().matches("tn3270: 20 connections, \\d+ screens/s, p99 [0-9.]+ ms"), r.figure());
        assertTrue(progress.toString().contains("20 connected"));
    }
}
