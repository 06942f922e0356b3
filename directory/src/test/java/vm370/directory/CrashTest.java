package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.model.EntryStatement;

/** kill -9 in the middle of DIRECTXAs: the directory reopens whole, as the last reported DIRECTXA or a later one. */
@Tag("system")
class CrashTest {

    @TempDir
    Path var;

    @Test
    void aKilledDirectxaLeavesTheOldOrTheNewDirectoryAndEveryReportedCommit() throws Exception {
        String classpath = String.join(File.pathSeparator, List.of(System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path", ""))).replaceAll(File.pathSeparator + "$", "");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashChild.class.getName(), var.toString())
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        List<Integer> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null && committed.size() < 5; line = out.readLine()) {
                if (line.startsWith("COMMITTED ")) {
                    committed.add(Integer.parseInt(line.substring(10)));
                }
            }
            child.destroyForcibly().waitFor();
        }
        assertTrue(committed.size() == 5, "child output: " + committed);
        try (UserDirectory reopened = SampleSystem.open(var)) {
            List<String> accounts = reopened.snapshot().users().stream()
                    .flatMap(user -> user.statements().stream())
                    .filter(statement -> statement instanceof EntryStatement.Account)
                    .map(statement -> ((EntryStatement.Account) statement).number()).distinct().toList();
            assertEquals(1, accounts.size(), accounts.toString());
            int round = Integer.parseInt(accounts.getFirst().substring(1));
            assertTrue(round >= committed.getLast(), "round " + round + " after commit " + committed.getLast());
            assertEquals(round % 2 == 0 ? 40 : 70, reopened.snapshot().users().size());
        }
    }
}
