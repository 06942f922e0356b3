package vm370.system.rscs;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import vm370.s370.text.Ebcdic;

/**
 * {@code vm370 bench rscs}: two systems on loopback, A and B, each with RSCS; a user on A has
 * punched {@code files} files of {@code cards} cards for a user on B into RSCS's reader; the clock
 * runs from IPL RSCS on A until the last file is in the reader on B. Files/s and MB/s (card data,
 * 80 bytes a card) are the last line.
 */
public final class RscsBenchmark {

    static final String DIRECTORY = """
            USER RSCS RSCS 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3370 64 2000 VMFBA1 MR
            USER ALICE ALICE 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
            USER BOB BOB 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
            """;

    private RscsBenchmark() {
    }

    public static void main(PrintStream out, int files, int cards) throws Exception {
        Path dir = Files.createTempDirectory("vm370-bench-rscs");
        try {
            run(out, dir, files, cards);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    private static void run(PrintStream out, Path dir, int files, int cards) throws Exception {
        int a = NetworkNode.freePort();
        int b = NetworkNode.freePort();
        try (NetworkNode nodeB = NetworkNode.start(dir.resolve("B"), "B", DIRECTORY,
                "LOCAL B %d\nLINK A 127.0.0.1 %d\nRETRY 0.2 1\n".formatted(b, a));
             NetworkNode nodeA = NetworkNode.start(dir.resolve("A"), "A", DIRECTORY,
                     "LOCAL A %d\nLINK B 127.0.0.1 %d\nRETRY 0.2 1\n".formatted(a, b), false)) {
            List<byte[]> deck = new ArrayList<>(cards);
            for (int i = 1; i <= cards; i++) {
                deck.add(Ebcdic.CP037.encodePadded(String.format("BENCH CARD %06d %s", i, "DATA ".repeat(i % 12)), 80));
            }
            out.printf("punching %d files of %d cards on A for BOB at B%n", files, cards);
            for (int f = 1; f <= files; f++) {
                nodeA.sendFile("ALICE", "B", "BOB", String.format("F%07d", f), "BENCH", deck);
            }
            long start = System.nanoTime();
            nodeA.ipl();
            if (!NetworkNode.await(() -> nodeB.reader("BOB").size() >= files, 30 * 60_000L)) {
                throw new IllegalStateException("only " + nodeB.reader("BOB").size() + " of " + files + " files arrived");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double megabytes = (double) files * cards * 80 / 1e6;
            out.printf("%d files (%.1f MB of cards) from A to B over NJE in %.2f s%n", files, megabytes, seconds);
            out.printf("%.1f files/s, %.2f MB/s%n", files / seconds, megabytes / seconds);
        }
    }
}
