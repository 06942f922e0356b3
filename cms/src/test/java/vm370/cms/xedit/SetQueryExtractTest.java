package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vm370.cms.fs.RecordFormat;
import vm370.cms.rexx.VariablePool;

/** SET, QUERY and EXTRACT over the settings table, PF keys, and REXX macros of filetype XEDIT. */
class SetQueryExtractTest {

    private final EditorFixture x = new EditorFixture();

    @Test
    void setThenQueryShowsEachSetting() {
        Editor e = x.edit("ONE");
        x.run("SET CASE M I", "SET ZONE 2 10", "SET TRUNC 72", "SET NUMBER ON", "SET PREFIX ON RIGHT", "SET CMDLINE TOP",
                "SET CURLINE ON 5", "SET WRAP ON", "SET HEX ON", "SET STAY ON", "SET SERIAL ABC 5 100", "SET AUTOSAVE 20",
                "SET VERIFY 1 40", "SET PF5 TOP");
        e.takeMessages();
        x.run("QUERY CASE ZONE TRUNC NUMBER PREFIX CMDLINE CURLINE WRAP HEX STAY SERIAL AUTOSAVE VERIFY PF5 SIZE LRECL RECFM");
        assertEquals(List.of("CASE MIXED IGNORE", "ZONE 2 10", "TRUNC 72", "NUMBER ON", "PREFIX ON RIGHT", "CMDLINE TOP",
                "CURLINE 5 0 * * * Top of File * * *", "WRAP ON", "HEX ON", "STAY ON", "SERIAL ABC 5 100", "AUTOSAVE 20",
                "VERIFY ON 1 40", "PF5 TOP", "SIZE 1", "LRECL 255", "RECFM V"), e.takeMessages());
    }

    @Test
    void badSetOperandsAreRefused() {
        Editor e = x.edit("ONE");
        assertEquals(5, x.run("SET ZONE 10 2"));
        assertEquals(5, x.run("SET NUMBER MAYBE"));
        assertEquals(5, x.run("SET FROB ON"));
        assertEquals(List.of("DMSXSU520E Invalid operand: 10 2", "DMSXSU520E Invalid operand: MAYBE",
                "DMSXSE522E Invalid SET/QUERY/EXTRACT operand: FROB"), e.takeMessages());
    }

    @Test
    void hexStringsFindEbcdicCodePoints() {
        Editor e = x.edit("ABC\nXYZ");
        x.run("SET HEX ON");
        assertEquals(0, x.run("/X'E8'/"));
        assertEquals(2, e.file().current());
    }

    @Test
    void extractSetsStemVariablesForAMacro() {
        Editor e = x.edit("ONE\nTWO");
        x.run(":2");
        Map<String, String> vars = new HashMap<>();
        VariablePool pool = new VariablePool() {
            public String get(String n) {
                return vars.get(n);
            }

            public void set(String n, String v) {
                vars.put(n, v);
            }

            public void drop(String n) {
                vars.remove(n);
            }
        };
        assertEquals(0, Macros.extract(e, "/SIZE/LINE/CURLINE/FNAME/ZONE/", pool));
        assertEquals("2", vars.get("SIZE.1"));
        assertEquals("2", vars.get("LINE.1"));
        assertEquals("TWO", vars.get("CURLINE.3"));
        assertEquals("TEST", vars.get("FNAME.1"));
        assertEquals("2", vars.get("ZONE.0"));
        assertEquals(5, x.run("EXTRACT /SIZE/"), "EXTRACT belongs to macros");
    }

    @Test
    void aRexxMacroOfFiletypeXeditRunsSubcommandsAndReadsTheFile() {
        x.file("UPALL", "XEDIT", RecordFormat.V, 80, List.of(
                "/* number every line */",
                "arg prefix",
                "'EXTRACT /SIZE/'",
                "'TOP'",
                "do i = 1 to size.1",
                "  'NEXT'",
                "  'EXTRACT /CURLINE/'",
                "  'REPLACE' prefix||i curline.3",
                "end",
                "say 'numbered' size.1 'lines'",
                "exit 0"));
        Editor e = x.edit("ONE\nTWO\nTHREE");
        assertEquals(0, x.run("UPALL #"));
        assertEquals(List.of("#1 ONE", "#2 TWO", "#3 THREE"), x.lines());
        assertEquals(List.of("numbered 3 lines"), e.takeMessages());
        assertEquals(0, x.run("MACRO UPALL -"));
        assertEquals("-1 #1 ONE", x.lines().get(0));
        e.takeMessages();
        assertEquals(-1, x.run("MACRO NOSUCH"));
        assertEquals(List.of("DMSXMA556E Macro 'NOSUCH' not found"), e.takeMessages());
    }

    @Test
    void commandRunsTheSubcommandEvenWhenAMacroHasItsName() {
        x.file("TOP", "XEDIT", RecordFormat.V, 80, List.of("/* */", "'BOTTOM'"));
        Editor e = x.edit("ONE\nTWO");
        x.run(":1", "MACRO TOP");
        assertEquals(2, e.file().current());
        x.run("COMMAND TOP");
        assertEquals(0, e.file().current());
    }

    @Test
    void theProfileMacroRunsWhenAFileIsOpened() {
        x.file("PROFILE", "XEDIT", RecordFormat.V, 80, List.of("/* */", "'SET NUMBER ON'", "'SET PF12 FILE'"));
        Editor e = x.edit("ONE");
        assertEquals(List.of("ON"), SetCommand.values(e, "NUMBER"));
        assertEquals("FILE", e.pfKey(12));
    }
}
