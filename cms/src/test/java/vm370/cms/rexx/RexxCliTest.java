package vm370.cms.rexx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vm370 rexx FILE ARGS}: the argument string, standard input, and the exit code. */
class RexxCliTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String source, List<String> words, String stdin) throws Exception {
        Path file = dir.resolve("prog.rexx");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
             PrintStream e = new PrintStream(err, true, StandardCharsets.ISO_8859_1)) {
            rc = RexxCli.run(file, words, new BufferedReader(new StringReader(stdin)), o, e);
        }
        return new Result(rc, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void wordsAfterTheFileFormOneArgumentString() throws Exception {
        Result r = run("parse arg all; say arg() '['all']'", List.of("one", "two", "three"), "");
        assertEquals("1 [one two three]\n", r.out());
        assertEquals("0 []\n", run("say arg() '['arg(1)']'", List.of(), "").out());
    }

    @Test
    void exitValueBecomesTheExitCodeOnlyWhenItIsAWholeNumberUpTo255() throws Exception {
        assertEquals(42, run("exit 42", List.of(), "").exitCode());
        assertEquals(255, run("exit 255", List.of(), "").exitCode());
        assertEquals(0, run("exit 256", List.of(), "").exitCode());
        assertEquals(0, run("exit 'text'", List.of(), "").exitCode());
        assertEquals(0, run("say 'no exit'", List.of(), "").exitCode());
    }

    @Test
    void pullReadsStandardInputWhenTheStackIsEmpty() throws Exception {
        Result r = run("queue 'stacked'; pull a; pull b; parse pull c; say a '|' b '|' c", List.of(), "typed\nMixed\n");
        assertEquals("STACKED | TYPED | Mixed\n", r.out());
    }

    @Test
    void anErrorPrintsTheTracebackAndCmsMessageOnStandardErrorAndExitsWithItsNumber() throws Exception {
        Result r = run("say 'a'\nx = 1 / 0\n", List.of(), "");
        assertEquals(42, r.exitCode());
        assertEquals("a\n", r.out());
        assertTrue(r.err().contains("     2 +++ x = 1 / 0"), r.err());
        assertTrue(r.err().contains("DMSREX442E Error 42 running "), r.err());
    }

    @Test
    void aMissingFileIsReportedWithoutAStackTrace() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = RexxCli.run(dir.resolve("none.rexx"), List.of(), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        assertEquals(3, rc);
        assertTrue(err.toString(StandardCharsets.ISO_8859_1).startsWith("DMSREX003E Error 3 running "));
    }
}
