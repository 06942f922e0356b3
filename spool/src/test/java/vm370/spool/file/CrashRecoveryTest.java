package vm370.spool.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.queue.SpoolManager;
import vm370.spool.testing.CrashChild;
import vm370.spool.testing.SpoolFixture;

/**
 * Kills a child JVM that is writing, closing and purging spool files at random moments, then warm
 * starts the spool: every file whose CLOSE returned is there with all its records, and every file
 * there is whole (no half-written file is ever visible).
 */
@Tag("system")
class CrashRecoveryTest {

    private static final int KILLS = 10;

    @TempDir
    Path folder;

    record Acked(int spoolId, int seq, int records) {}

    @Test
    void everyClosedFileSurvivesKillsAtRandomMomentsAndNoFileIsHalfVisible() throws Exception {
        Random random = new Random(370);
        Map<Integer, Acked> acked = new HashMap<>();
        Set<Integer> purgeable = new HashSet<>();
        int nextSeq = 1;
        int checkedFiles = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path output = folder.resolve("child-" + kill + ".out");
            Process child = startChild(nextSeq, output);
            int wanted = 1 + random.nextInt(12);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (closedLines(output) < wanted && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            int closed = 0;
            for (String line : Files.readAllLines(output, StandardCharsets.US_ASCII)) {
                String[] words = line.split(" ");
                if (words[0].equals("CLOSED")) {
                    Acked a = new Acked(Integer.parseInt(words[1]), Integer.parseInt(words[2]), Integer.parseInt(words[3]));
                    acked.put(a.seq(), a);
                    closed++;
                } else if (words[0].equals("PURGING")) {
                    acked.values().stream().filter(a -> CrashChild.userOf(a.seq()).equals(CrashChild.PURGED_USER))
                            .forEach(a -> purgeable.add(a.seq()));
                }
            }
            assertTrue(closed > 0, "the child closed files before it was killed: " + Files.readString(folder.resolve("child.err")));
            checkedFiles += verify(acked, purgeable);
            nextSeq = Math.max(highestSeq, acked.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        }
        assertTrue(checkedFiles > KILLS, "files were checked after the kills: " + checkedFiles);
    }

    private String history(int spoolId) {
        StringBuilder out = new StringBuilder();
        for (int kill = 0; kill < KILLS; kill++) {
            Path output = folder.resolve("child-" + kill + ".out");
            if (!Files.exists(output)) {
                break;
            }
            try {
                List<String> lines = Files.readAllLines(output);
                out.append("{after run ").append(kill).append(" id was ").append(kill < snapshots.size()
                        ? snapshots.get(kill).get(spoolId) : "?").append("} ");
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.matches("(OPEN|CLOSED|READING) " + spoolId + " .*")) {
                        out.append("[run ").append(kill).append(" line ").append(i).append(": ").append(line).append("] ");
                    }
                }
            } catch (IOException e) {
                out.append(e);
            }
        }
        return out.toString();
    }

    private static long closedLines(Path output) throws IOException {
        if (!Files.exists(output)) {
            return 0;
        }
        return Files.readAllLines(output, StandardCharsets.US_ASCII).stream().filter(l -> l.startsWith("CLOSED")).count();
    }

    /** Warm starts and checks; returns the number of files present. */
    /** The highest file sequence present, so that a committed but unacknowledged file's number is not reused. */
    private int highestSeq;
    private final List<Map<Integer, String>> snapshots = new ArrayList<>();

    private int verify(Map<Integer, Acked> acked, Set<Integer> purgeable) {
        try (SpoolStore store = SpoolStore.open(folder.resolve("spool"))) {
            SpoolManager manager = new SpoolManager(store, SpoolFixture.CLOCK, SpoolLimits.NONE);
            List<SpoolFile> files = manager.files(f -> true);
            Map<Integer, String> snapshot = new HashMap<>();
            files.forEach(f -> snapshot.put(f.spoolId(), f.fileName()));
            snapshots.add(snapshot);
            Map<Integer, SpoolFile> bySeq = new HashMap<>();
            for (SpoolFile file : files) {
                int seq = Integer.parseInt(file.fileName().substring(1));
                assertEquals("CRASH", file.fileType());
                assertEquals(CrashChild.userOf(seq), file.owner());
                assertEquals(CrashChild.cardsIn(seq), file.records(), "file " + file.spoolId() + " has all its records");
                List<String> cards = new ArrayList<>();
                FileRecords.scan(store, file.spoolId(), (op, data) -> cards.add(SpoolFixture.text(data, data.length)));
                assertEquals(CrashChild.cardsIn(seq), cards.size(), "file " + file.spoolId() + " reads whole");
                assertEquals(CrashChild.cardText(seq, 0), cards.getFirst());
                assertEquals(CrashChild.cardText(seq, cards.size() - 1), cards.getLast());
                bySeq.put(seq, file);
                highestSeq = Math.max(highestSeq, seq);
            }
            List<Integer> lost = new ArrayList<>();
            for (Acked a : acked.values()) {
                if (!purgeable.contains(a.seq()) && !bySeq.containsKey(a.seq())) {
                    lost.add(a.seq());
                }
            }
            lost.sort(null);
            assertTrue(lost.isEmpty(), "closed files lost (by sequence): " + lost + "; first: "
                    + (lost.isEmpty() ? "" : history(acked.get(lost.getFirst()).spoolId())));
            for (Acked a : acked.values()) {
                if (!purgeable.contains(a.seq())) {
                    assertEquals(a.spoolId(), bySeq.get(a.seq()).spoolId(), "seq " + a.seq() + " keeps its spool id");
                }
            }
            return files.size();
        }
    }

    private Process startChild(int firstSeq, Path output) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> path = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        return new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, path), "-XX:TieredStopAtLevel=1",
                CrashChild.class.getName(), folder.resolve("spool").toString(), String.valueOf(firstSeq))
                .redirectOutput(output.toFile())
                .redirectError(folder.resolve("child.err").toFile())
                .start();
    }
}
