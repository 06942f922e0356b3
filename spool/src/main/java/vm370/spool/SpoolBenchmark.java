package vm370.spool;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.ReadOutcome;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.VirtualReader;
import vm370.spool.device.WriteOutcome;
import vm370.spool.queue.SpoolLimits;

/**
 * {@code vm370 bench spool}: virtual machines punch files of cards through their virtual punches
 * spooled to their own readers, close each (durable before CLOSE returns; closes that meet share a
 * commit), then read every file back through their virtual readers, checking each card. Prints files
 * per second (write + close + read back) as its last line.
 */
public final class SpoolBenchmark {

    private SpoolBenchmark() {
    }

    /**
     * Runs the benchmark in a fresh spool under {@code directory}: {@code machines} virtual machines at
     * once, each punching its share of the files to its own reader and reading them back; returns files/s.
     */
    public static double run(Path directory, int files, int cards, int machines, PrintStream out) throws Exception {
        try (SpoolSystem spool = new SpoolSystem(directory, Clock.systemDefaultZone(), SpoolLimits.NONE, u -> true)) {
            List<Callable<Long>> work = new ArrayList<>();
            for (int m = 0; m < machines; m++) {
                int first = files * m / machines;
                int last = files * (m + 1) / machines;
                String user = String.format("BENCH%d", m);
                work.add(() -> punchAndRead(spool, user, first, last, cards));
            }
            long start = System.nanoTime();
            long writeNanos = 0;
            try (ExecutorService pool = Executors.newFixedThreadPool(machines)) {
                for (Future<Long> result : pool.invokeAll(work)) {
                    writeNanos = Math.max(writeNanos, result.get());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("spool: %d files of %d cards from %d virtual machines "
                    + "(every CLOSE journaled and synced before it returns)%n", files, cards, machines);
            out.printf("write+close %.3f s, total with read back %.3f s%n", writeNanos / 1e9, seconds);
            return files / seconds;
        }
    }

    /** One virtual machine's share: punch and close files {@code first..last-1}, then read them back; returns the write time. */
    private static long punchAndRead(SpoolSystem spool, String user, int first, int last, int cards) {
        VirtualPunch punch = new VirtualPunch(0x00D, user, spool.manager());
        VirtualReader reader = new VirtualReader(0x00C, user, spool.manager());
        punch.setTo(user);
        byte[] card = new byte[80];
        long start = System.nanoTime();
        for (int f = first; f < last; f++) {
            for (int c = 0; c < cards; c++) {
                stamp(card, f, c);
                if (punch.write(UnitRecordCommand.PUNCH_STACKER_1.code(), card, 0, 80) != WriteOutcome.WRITTEN) {
                    throw new IllegalStateException("punch refused card " + c + " of file " + f);
                }
            }
            if (!(punch.close(CloseOptions.PLAIN) instanceof CloseResult.Closed)) {
                throw new IllegalStateException("file " + f + " did not close");
            }
        }
        long written = System.nanoTime() - start;
        byte[] expected = new byte[80];
        byte[] buffer = new byte[80];
        for (int f = first; f < last; f++) {
            for (int c = 0; c < cards; c++) {
                stamp(expected, f, c);
                if (reader.read(buffer, 0, 80) != ReadOutcome.RECORD || !Arrays.equals(buffer, expected)) {
                    throw new IllegalStateException("card " + c + " of file " + f + " read back wrong");
                }
            }
            if (reader.read(buffer, 0, 80) != ReadOutcome.END_OF_FILE) {
                throw new IllegalStateException("file " + f + " has no end of file after " + cards + " cards");
            }
        }
        return written;
    }

    private static void stamp(byte[] card, int file, int number) {
        Arrays.fill(card, (byte) 0x40);
        int value = file * 1000 + number;
        for (int i = 7; i >= 0; i--) {
            card[i] = (byte) (0xF0 + value % 10);
            value /= 10;
        }
    }

    /** Runs a warm-up and the measured run in temporary folders; prints files/s last. */
    public static void main(PrintStream out, int files, int cards, int machines) throws Exception {
        Path warmup = temporary();
        Path measured = temporary();
        try {
            run(warmup, Math.max(machines, files / 5), cards, machines, new PrintStream(PrintStream.nullOutputStream()));
            double rate = run(measured, files, cards, machines, out);
            out.printf("%.0f files/s%n", rate);
        } finally {
            delete(warmup);
            delete(measured);
        }
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("vm370-spool-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
