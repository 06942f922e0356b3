package vm370.cp.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The trap benchmark runs its loop under CP to the expected disabled wait and prints its rate last. */
class VmBenchmarkTest {

    @Test
    void theTrapLoopEndsInItsWaitAndPrintsTheRateLast() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new VmBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0.05);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("trapped privileged instructions per second: [1-9][0-9]*"), last);
        assertTrue(lines[1].matches("trapped and simulated: [0-9,]+ privileged instructions in .*"), lines[1]);
    }
}
