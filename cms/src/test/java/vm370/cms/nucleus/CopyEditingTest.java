package vm370.cms.nucleus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.cms.nucleus.CopyOptions.CaseChange;
import vm370.cms.nucleus.CopyOptions.Disposition;

/** COPYFILE's option words, SPECS lists and translation tables, apart from any disk. */
class CopyEditingTest {

    /** Words after the parenthesis and the option they must come out as. */
    record Abbreviation(String words, String expected) {
    }

    static List<Abbreviation> abbreviations() {
        return List.of(new Abbreviation("TR", "trans"), new Abbreviation("TRU", "trunc"),
                new Abbreviation("TRA", "trans"), new Abbreviation("FR 3", "from 3"),
                new Abbreviation("FRL X", "frlabel X"), new Abbreviation("OLDD", "olddate"),
                new Abbreviation("OVLY", "ovly"), new Abbreviation("TOL END", "tolabel END"),
                new Abbreviation("SI", "single"), new Abbreviation("SP", "specs"),
                new Abbreviation("FI 5C", "fill 92"), new Abbreviation("NOPR", "noprompt"),
                new Abbreviation("LO", "lowcase"), new Abbreviation("UP", "upcase"), new Abbreviation("EB", "ebcdic"));
    }

    @ParameterizedTest
    @MethodSource("abbreviations")
    void eachOptionIsTakenFromItsShortestAbbreviation(Abbreviation a) {
        var parsed = assertInstanceOf(CopyOptions.Parsed.Good.class,
                CopyOptions.parse(Arrays.asList(a.words().split(" "))));
        CopyOptions o = parsed.options();
        String seen = switch (a.expected().split(" ")[0]) {
            case "trans" -> o.trans() ? "trans" : "";
            case "trunc" -> o.trunc() ? "trunc" : "";
            case "from" -> "from " + o.from();
            case "frlabel" -> "frlabel " + o.fromLabel();
            case "tolabel" -> "tolabel " + o.toLabel();
            case "olddate" -> o.oldDate() ? "olddate" : "";
            case "ovly" -> o.disposition() == Disposition.OVLY ? "ovly" : "";
            case "single" -> o.single() ? "single" : "";
            case "specs" -> o.specs() ? "specs" : "";
            case "fill" -> "fill " + o.fill();
            case "noprompt" -> o.prompt() ? "" : "noprompt";
            default -> o.caseChange().name().toLowerCase(Locale.ROOT);
        };
        assertEquals(a.expected(), seen);
    }

    @Test
    void theFourNewAndOldWordsAreTakenApartAtTheirFourthLetter() {
        var dates = assertInstanceOf(CopyOptions.Parsed.Bad.class, CopyOptions.parse(List.of("NEWD", "OLDD")));
        assertEquals("DMSCPY066E 'NEWDATE' AND 'OLDDATE' ARE CONFLICTING OPTIONS", dates.message());
        var files = assertInstanceOf(CopyOptions.Parsed.Bad.class, CopyOptions.parse(List.of("NEWF", "REP")));
        assertEquals("DMSCPY066E 'NEWFILE' AND 'REPLACE' ARE CONFLICTING OPTIONS", files.message());
        var neither = assertInstanceOf(CopyOptions.Parsed.Bad.class, CopyOptions.parse(List.of("NEW")));
        assertEquals("DMSCPY003E INVALID OPTION 'NEW'", neither.message());
    }

    @Test
    void aSpecsListBuildsTheRecordAndEndsItAtTheLastColumnFilled() {
        var specs = assertInstanceOf(CopySpecs.Parsed.Good.class, CopySpecs.parse("3-4 1 'a b' 6 HC1 10")).specs();
        assertEquals(10, specs.width());
        byte[] record = Supervisor.EBCDIC.encode("xyzw");
        byte[] out = new byte[specs.width()];
        assertEquals(10, specs.apply(record, record.length, out));
        assertEquals("zw   a b A", Supervisor.EBCDIC.decode(out, 0, 10));
        var past = assertInstanceOf(CopySpecs.Parsed.Good.class, CopySpecs.parse("1-2 1 9-12 20")).specs();
        byte[] wide = new byte[past.width()];
        assertEquals(2, past.apply(record, record.length, wide), "columns past the record's end give nothing");
    }

    @Test
    void badSpecsListsNameTheWordNearTheError() {
        for (String[] c : new String[][] {{"", ""}, {"1-3", "1-3"}, {"1-3 x", "x"}, {"/abc 1", "/abc"},
                {"H123 1", "H123"}, {"0 1", "0"}, {"3-2 1", "3-2"}, {"1 0", "0"}}) {
            var bad = assertInstanceOf(CopySpecs.Parsed.Bad.class, CopySpecs.parse(c[0]), c[0]);
            assertEquals("DMSCPY064E INVALID SPECS SPECIFICATION AT OR NEAR '" + c[1] + "'", bad.message(), c[0]);
            assertEquals(24, bad.returnCode());
        }
    }

    @Test
    void upcaseAndLowcaseChangeOnlyTheTwentySixLettersEachWay() {
        byte[] up = CopyTranslation.table(CaseChange.UPCASE, false);
        byte[] low = CopyTranslation.table(CaseChange.LOWCASE, false);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        int changed = 0;
        for (int b = 0; b < 256; b++) {
            changed += (up[b] & 0xFF) != b ? 1 : 0;
            changed += (low[b] & 0xFF) != b ? 1 : 0;
        }
        assertEquals(52, changed);
        byte[] lower = Supervisor.EBCDIC.encode(letters);
        CopyTranslation.translate(up, lower, lower.length);
        assertEquals(letters.toUpperCase(Locale.ROOT), Supervisor.EBCDIC.decode(lower));
        CopyTranslation.translate(low, lower, lower.length);
        assertEquals(letters, Supervisor.EBCDIC.decode(lower));
        assertNull(CopyTranslation.table(CaseChange.NONE, false), "no option, no table: records go as they are");
    }

    @Test
    void aTransListsPairsActAtOnceAfterTheOptionsTable() {
        byte[] table = CopyTranslation.table(CaseChange.UPCASE, true);
        assertNull(CopyTranslation.applyList(List.of("A", "B", "B", "A", "40", "5C"), table));
        byte[] record = Supervisor.EBCDIC.encode("ab AB");
        CopyTranslation.translate(table, record, record.length);
        assertArrayEquals(Supervisor.EBCDIC.encode("BA*BA"), record);
        assertEquals("xyz", CopyTranslation.applyList(List.of("a", "xyz"), table));
        assertEquals("a", CopyTranslation.applyList(List.of("a"), table), "a pair needs its second half");
    }
}
