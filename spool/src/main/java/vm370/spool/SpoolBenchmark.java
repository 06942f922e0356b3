package vm370.spool;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
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
 * {@code vm370 bench spool}: punches files of cards through a virtual punch spooled to the user's own
 * reader, closes each (one durable commit), then reads every file back through the virtual reader,
 * checking each card. Prints files per second (write + close + read back) as its last line.
 */
public final class SpoolBenchmark {

    private SpoolBenchmark() {
    }

    /** Runs the benchmark in a fresh spool under {@code directory}; returns files per second. */
    public static double run(Path directory, int files, int cards, PrintStream out) throws InterruptedException {
        try (SpoolSystem spool = new SpoolSystem(directory, Clock.systemDefaultZone(), SpoolLimits.NONE, u -> true)) {
            VirtualPunch punch = new VirtualPunch(0x00D, "BENCH", spool.manager());
            VirtualReader reader = new VirtualReader(0x00C, "BENCH", spool.manager());
            punch.setTo("BENCH");
            byte[] card = new byte[80];
            long start = System.nanoTime();
            for (int f = 0; f < files; f++) {
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
            long written = System.nanoTime();
            byte[] expected = new byte[80];
            byte[] buffer = new byte[80];
            for (int f = 0; f < files; f++) {
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
            long read = System.nanoTime();
            double seconds = (read - start) / 1e9;
            out.printf("spool: %d files of %d cards, WRITE_DELAY=0 (a CLOSEd file survives kill -9)%n", files, cards);
            out.printf("write+close %.3f s, read back %.3f s, total %.3f s%n",
                    (written - start) / 1e9, (read - written) / 1e9, seconds);
            return files / seconds;
        }
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
    public static void main(PrintStream out, int files, int cards) throws InterruptedException {
        Path warmup = temporary();
        Path measured = temporary();
        try {
            run(warmup, Math.max(1, files / 5), cards, new PrintStream(PrintStream.nullOutputStream()));
            double rate = run(measured, files, cards, out);
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
