package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.system.boot.RunningSystem;

/**
 * COPYFILE's options under CMS, one system for the class (each test uses its own files): SPECS and
 * TRANS with their prompts, the translations, OVLY, the record selections, RECFM/LRECL/FILL/TRUNC,
 * combined and multiple output files, OLDDATE, and every error message with its return code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyFileOptionsTest {

    private RunningSystem system;
    private CmsTerminal alice;

    @BeforeAll
    void iplCmsWithAFormattedAdisk(@TempDir Path dir) throws Exception {
        system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD));
        alice = CmsTerminal.logonAndIpl(system, "alice", "");
        CmsIplTest.format(alice, "191", "a", "alice1");
        CmsIplTest.edit(alice, "opts data a", "one");
    }

    @AfterAll
    void shutDown() throws Exception {
        system.close();
    }

    /** Types a command that prompts, waits for the prompt, and answers it with {@code answer}. */
    private List<String> prompted(String command, String prompt, String answer) {
        alice.type(command);
        alice.awaitLine(l -> l.equals(prompt));
        return alice.command(answer);
    }

    private List<String> typed(String fileId) {
        List<String> out = alice.command("type " + fileId);
        assertTrue(out.getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
        return out.subList(0, out.size() - 1).stream().map(String::stripTrailing).toList();
    }

    /** The LISTFILE (LABEL line's format, LRECL and record count, as {@code F 80 3}. */
    private String shape(String fileId) {
        String[] columns = alice.command("listfile " + fileId + " (label").get(1).substring(20).strip().split(" +");
        return columns[0] + " " + columns[1] + " " + columns[2];
    }

    private static void ready(List<String> out) {
        assertTrue(out.getLast().startsWith("Ready;"), String.join("\n", out));
    }

    private static void fails(List<String> out, String message, int returnCode) {
        assertEquals(message, out.getFirst());
        assertTrue(out.getLast().startsWith(String.format("Ready(%05d);", returnCode)), out.getLast());
    }

    @Test
    void specsPutsColumnsStringsAndHexWhereTheListSaysAndALineEndingInPlusPlusGoesOn() {
        CmsIplTest.edit(alice, "words data a", "alpha one", "beta two");
        alice.type("copyfile words data a cols data a (specs recfm v");
        alice.awaitLine(l -> l.equals("DMSCPY601R ENTER SPECIFICATION LIST:"));
        alice.type("1-5 3 /!/ 1 ++");
        ready(alice.command("hC1C2 10 7-9 13"));
        assertEquals(List.of("! alpha  AB one", "! beta   AB wo"), typed("cols data a"));
        assertEquals("V 15 2", shape("cols data a"));
        ready(prompted("copyfile words data a colf data a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:",
                "'x y' 1"));
        assertEquals("F 80 2", shape("colf data a"), "an F output keeps the input's LRECL");
        assertEquals(List.of("x y", "x y"), typed("colf data a"));
    }

    @Test
    void badSpecsListsAreNamedWhereTheyGoWrong() {
        CmsIplTest.edit(alice, "specbad data a", "one");
        fails(prompted("copyfile specbad data a = out a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:", "1-3"),
                "INVALID SPECS SPECIFICATION AT OR NEAR '1-3'", 24);
        fails(prompted("copyfile specbad data a = out a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:",
                "/open 1"), "INVALID SPECS SPECIFICATION AT OR NEAR '/open'", 24);
        fails(prompted("copyfile specbad data a = out a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:",
                "H4 1"), "INVALID SPECS SPECIFICATION AT OR NEAR 'H4'", 24);
        fails(prompted("copyfile specbad data a = out a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:",
                "5-2 1"), "INVALID SPECS SPECIFICATION AT OR NEAR '5-2'", 24);
        List<String> many = prompted("copyfile specbad data a = out a (specs", "DMSCPY601R ENTER SPECIFICATION LIST:",
                "1 1 ".repeat(21));
        assertEquals("DMSCPY103S NUMBER OF SPECS EXCEEDS MAX 20", many.getFirst());
        assertTrue(many.getLast().startsWith("Ready(00088);"), many.getLast());
        assertEquals("FILE NOT FOUND", alice.command("listfile specbad out a").getFirst());
    }

    @Test
    void transUpcaseLowcaseAndEbcdicTranslateEveryRecord() {
        CmsIplTest.edit(alice, "mixed data a", "Hello World", "abc ABC");
        ready(prompted("copyfile mixed data a = trans a (trans", "DMSCPY602R ENTER TRANSLATION LIST:",
                "l L 40 6D o 4F"));
        assertEquals(List.of("HeLL|_W|rLd" + "_".repeat(69), "abc_ABC" + "_".repeat(73)), typed("mixed trans a"),
                "the whole F 80 record is translated, its trailing blanks too");
        ready(alice.command("copyfile mixed data a = up a (upcase"));
        assertEquals(List.of("HELLO WORLD", "ABC ABC"), typed("mixed up a"));
        ready(alice.command("copyfile mixed data a = low a (lowcase"));
        assertEquals(List.of("hello world", "abc abc"), typed("mixed low a"));
        ready(prompted("copyfile mixed data a = both a (upcase trans", "DMSCPY602R ENTER TRANSLATION LIST:",
                "A B B A"));
        assertEquals(List.of("HELLO WORLD", "BAC BAC"), typed("mixed both a"), "the pairs act at once, after UPCASE");
        CmsIplTest.edit(alice, "bcd data a", "AI JR/S&");
        ready(alice.command("copyfile bcd data a = ebcdic a (ebcdic"));
        assertEquals(List.of("19 /ZJK¢"), typed("bcd ebcdic a"),
                "a byte's low six bits are its BCD code: C1 gives 1, a 1; D1 gives 17, a /");
        fails(prompted("copyfile mixed data a = bad a (trans", "DMSCPY602R ENTER TRANSLATION LIST:", "a bcd"),
                "INVALID TRANSLATE SPECIFICATION AT OR NEAR 'bcd'", 24);
        fails(prompted("copyfile mixed data a = bad a (trans", "DMSCPY602R ENTER TRANSLATION LIST:", "a"),
                "INVALID TRANSLATE SPECIFICATION AT OR NEAR 'a'", 24);
    }

    @Test
    void noPromptReadsTheListsFromTheStackWithoutAMessage() {
        CmsIplTest.edit(alice, "stacked data a", "one", "two");
        CmsIplTest.edit(alice, "stackit exec a", "/* */", "queue '1-3 5'", "queue 'o 0'",
                "'COPYFILE STACKED DATA A = MOVED A (SPECS TRANS NOPROMPT'", "exit rc");
        List<String> out = alice.command("stackit");
        assertEquals(1, out.size(), "no prompt is written: " + out);
        ready(out);
        assertEquals(List.of("    0ne", "    tw0"), typed("stacked moved a"));
    }

    @Test
    void ovlyLaysTheInputOverTheOutputWhereItIsNotBlankAndKeepsTheRest() {
        CmsIplTest.edit(alice, "base data a", "..........", "..........", "..........");
        CmsIplTest.edit(alice, "over data a", "ab  cd", "  x");
        List<String> out = alice.command("copyfile over data a base data a (ovly type");
        assertEquals("COPY 'OVER DATA A1' OVLY 'BASE DATA A1' (OLD FILE)", out.getFirst());
        ready(out);
        assertEquals(List.of("ab..cd....", "..x.......", ".........."), typed("base data a"));
        CmsIplTest.edit(alice, "ovcols data a", "abc", "def");
        ready(prompted("copyfile ovcols data a (specs ovly", "DMSCPY601R ENTER SPECIFICATION LIST:", "1-3 6"));
        assertEquals(List.of("abc  abc", "def  def"), typed("ovcols data a"), "in place: columns 1-3 copied to 6-8");
        assertEquals("FILE NOT FOUND", alice.command("listfile copyfile cmsut1 a").getFirst());
    }

    @Test
    void fromForAndTheLabelsSelectTheRecordsCopied() {
        CmsIplTest.edit(alice, "recs data a", "ONE", "TWO", "START HERE", "FOUR", "END", "SIX");
        ready(alice.command("copyfile recs data a = part1 a (from 2 for 3"));
        assertEquals(List.of("TWO", "START HERE", "FOUR"), typed("recs part1 a"));
        ready(alice.command("copyfile recs data a = part2 a (frlabel start tolabel end"));
        assertEquals(List.of("START HERE", "FOUR"), typed("recs part2 a"));
        ready(alice.command("copyfile recs data a = part3 a (from 5"));
        assertEquals(List.of("END", "SIX"), typed("recs part3 a"));
        fails(alice.command("copyfile recs data a = part4 a (from 99"),
                "'FROM 99' NOT FOUND -- FILE 'RECS DATA A1' HAS ONLY 6 RECORDS", 32);
        fails(alice.command("copyfile recs data a = part4 a (frlabel nothere"),
                "LABEL 'NOTHERE' NOT FOUND IN FILE 'RECS DATA A1'", 32);
        fails(alice.command("copyfile recs data a = part4 a (tolabel one"),
                "NO RECORDS WERE COPIED TO OUTPUT FILE 'RECS PART4 A1'", 40);
        assertEquals("FILE NOT FOUND", alice.command("listfile recs part4 a").getFirst());
    }

    @Test
    void recfmLreclFillAndTruncShapeTheOutputRecords() {
        CmsIplTest.edit(alice, "shape data a", "short", "a longer line");
        ready(alice.command("copyfile shape data a = v a (recfm v"));
        assertEquals("V 80 2", shape("shape v a"), "F to V keeps the trailing blanks without TRUNC");
        ready(alice.command("copyfile shape data a = vt a (recfm v trunc"));
        assertEquals("V 13 2", shape("shape vt a"));
        ready(alice.command("copyfile shape vt a = f a (recfm f lrecl 8 fill *"));
        assertEquals(List.of("short***", "a longer"), typed("shape f a"));
        ready(alice.command("copyfile shape f a = back a (recfm v fill 5c trunc"));
        assertEquals(List.of("short", "a longer"), typed("shape back a"), "TRUNC removes the FILL character");
    }

    @Test
    void severalInputsOrAPatternTheOutputNamesAreCombinedAndEqualsSignsCopyEachFile() {
        CmsIplTest.edit(alice, "p1 part a", "first");
        CmsIplTest.edit(alice, "p2 part a", "second");
        List<String> out = alice.command("copyfile p1 part a p2 part a whole part a (type");
        assertEquals(List.of("COPY 'P1 PART A1' TO 'WHOLE PART A1' (NEW FILE)", "COPY 'P2 PART A1'"),
                out.subList(0, 2));
        ready(out);
        assertEquals(List.of("first", "second"), typed("whole part a"));
        ready(alice.command("copyfile p* part a all part a"));
        assertEquals(List.of("first", "second"), typed("all part a"));
        ready(alice.command("copyfile p* part a = each a"));
        assertEquals(List.of("first"), typed("p1 each a"));
        assertEquals(List.of("second"), typed("p2 each a"));
        ready(alice.command("copyfile p* part a = one a (single"));
        assertEquals(List.of("first", "second"), typed("p1 one a"), "SINGLE names the one output after the first");
        ready(alice.command("copyfile p* part a (upcase"));
        assertEquals(List.of("FIRST"), typed("p1 part a"), "a pattern alone changes each file in place");
        assertEquals(List.of("SECOND"), typed("p2 part a"));
        fails(alice.command("copyfile p1 part a p9 part a whole part a"), "FILE 'P9 PART A' NOT FOUND", 28);
        fails(alice.command("copyfile p* part a packed part a (pack"),
                "COMBINED INPUT FILES ILLEGAL WITH PACK OR UNPACK OPTIONS", 24);
        fails(alice.command("copyfile p1 part a p2 part a whole"), "INCOMPLETE FILEID SPECIFIED", 24);
    }

    @Test
    void oldDateKeepsTheInputsDateAndAppendAddsRecords() {
        CmsIplTest.edit(alice, "dated data a", "one");
        ready(alice.command("copyfile dated data a = kept a (olddate"));
        String input = alice.command("listfile dated data a (date").get(1).substring(20);
        assertEquals(input, alice.command("listfile dated kept a (date").get(1).substring(20));
        List<String> appended = alice.command("copyfile dated data a = kept a (append type");
        assertEquals("COPY 'DATED DATA A1' APPEND 'DATED KEPT A1' (OLD FILE)", appended.getFirst());
        ready(appended);
        assertEquals(List.of("one", "one"), typed("dated kept a"));
        fails(alice.command("copyfile dated kept a (append"), "FILE 'DATED KEPT A1' ALREADY EXISTS -- SPECIFY 'REPLACE'",
                28);
    }

    /** Options that are refused before any file is touched, and the message that says why. */
    record Refused(String options, String message) {
    }

    static List<Refused> refusedOptions() {
        return List.of(new Refused("rep replace", "'REPLACE' OPTION SPECIFIED TWICE"),
                new Refused("ovly append", "'APPEND' AND 'OVLY' ARE CONFLICTING OPTIONS"),
                new Refused("upcase lowcase", "'UPCASE' AND 'LOWCASE' ARE CONFLICTING OPTIONS"),
                new Refused("from 2 frlabel x", "'FROM' AND 'FRLABEL' ARE CONFLICTING OPTIONS"),
                new Refused("newdate olddate", "'NEWDATE' AND 'OLDDATE' ARE CONFLICTING OPTIONS"),
                new Refused("prompt noprompt", "'PROMPT' AND 'NOPROMPT' ARE CONFLICTING OPTIONS"),
                new Refused("pack specs", "'PACK' AND 'SPECS' ARE CONFLICTING OPTIONS"),
                new Refused("frlabel toolongalabel", "INVALID PARAMETER 'TOOLONGALABEL' IN THE OPTION 'FRLABEL' FIELD"),
                new Refused("fill abc", "INVALID PARAMETER 'ABC' IN THE OPTION 'FILL' FIELD"),
                new Refused("frl start tol sta", "TO LABEL 'STA' IS AN INITIAL SUBSTRING OF FR LABEL 'START'"),
                new Refused("frl end tol end", "TO LABEL 'END' EQUALS FR LABEL 'END'"));
    }

    @ParameterizedTest
    @MethodSource("refusedOptions")
    void optionsGivenTwiceTogetherThatCannotBeOrWithBadValuesAreRefusedWithReturnCode24(Refused refused) {
        fails(alice.command("copyfile opts data a = refused a (" + refused.options()), refused.message(), 24);
        assertEquals("FILE NOT FOUND", alice.command("listfile opts refused a").getFirst());
    }
}
