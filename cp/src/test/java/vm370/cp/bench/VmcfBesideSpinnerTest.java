package vm370.cp.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.vm.VirtualMachine;

/**
 * The VMCF benchmark's two programs on one real processor beside a third machine that only
 * spins: each machine woken by its VMCF interruption takes the processor from the spinner at its
 * next instruction batch, instead of waiting for the spinner's slice to end.
 */
class VmcfBesideSpinnerTest {

    private static final List<String> SPINNER = List.of(
            "SPIN     START X'2000'",
            "         BALR  12,0",
            "         USING *,12",
            "LOOP     B     LOOP",
            "         END");

    @Test
    void machinesWokenByVmcfInterruptionsTakeTheProcessorFromASpinningOne(@TempDir Path dir) throws Exception {
        try (ScratchCp cp = ScratchCp.start(dir.resolve("var"), ScratchCp.users(3, "1M"), 1)) {
            VirtualMachine spinner = VmcfBenchmark.start(cp, "USER0002", SPINNER);
            VirtualMachine server = VmcfBenchmark.start(cp, "USER0000", VmcfBenchmark.SERVER);
            await(() -> server.vmcf().authorized());
            VirtualMachine client = VmcfBenchmark.start(cp, "USER0001", VmcfBenchmark.CLIENT);
            await(() -> VmcfBenchmark.counter(client) >= 20);

            int first = VmcfBenchmark.counter(client);
            long spinnerBefore = spinner.dispatchable().cpuNanos();
            await(() -> VmcfBenchmark.counter(client) - first >= 300);
            int trips = VmcfBenchmark.counter(client) - first;
            double spinnerSlices = (double) (spinner.dispatchable().cpuNanos() - spinnerBefore)
                    / cp.cp().dispatcher().sliceNanos();
            // Waiting out the spinner's slice at every wake would make about one round trip a slice.
            assertTrue(trips >= 10 * spinnerSlices, trips + " round trips while the spinner used " + spinnerSlices + " slices");
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "timed out");
            Thread.sleep(5);
        }
    }
}
