package vm370.cms.nucleus;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vm370.cms.fs.RecordFormat;
import vm370.s370.text.Ebcdic;

/**
 * COPYFILE's options as parsed from the words after the parenthesis: each keyword with its
 * abbreviation, the pairs that conflict, and the checked values of RECFM, LRECL, FROM, FOR, the
 * labels and FILL. A bad option ends the command before any file is touched (return code 24).
 * @vm370 DMSCPY
 *
 * @param disposition NEWFILE (the default), REPLACE, APPEND or OVLY
 * @param format RECFM, or null to keep the input's (or, appending or overlaying, the output's)
 * @param lrecl LRECL, or 0 to keep the input's
 * @param from the first record copied (FROM; 1 when not given)
 * @param fromLabel FRLABEL: copying starts at the first record that begins with it (null: none)
 * @param count how many records are copied at most (FOR; {@code Integer.MAX_VALUE} when not given)
 * @param toLabel TOLABEL: copying stops before the first record that begins with it (null: none)
 * @param caseChange the translation EBCDIC, UPCASE or LOWCASE make, before any TRANS list
 * @param fill the byte an F record is padded with and TRUNC removes (FILL; a blank when not given)
 */
record CopyOptions(Disposition disposition, boolean type, boolean oldDate, boolean prompt, RecordFormat format,
        int lrecl, int from, String fromLabel, int count, String toLabel, boolean specs, boolean trans,
        CaseChange caseChange, boolean trunc, byte fill, boolean single, Conversion conversion) {

    private static final String MODULE = "DMSCPY";

    /** What happens to an output file that exists. */
    enum Disposition { NEWFILE, REPLACE, APPEND, OVLY }

    /** Whether records are copied as they are, packed or unpacked. */
    enum Conversion { NONE, PACK, UNPACK }

    /** The whole-file translations that are options of their own. */
    enum CaseChange { NONE, EBCDIC, UPCASE, LOWCASE }

    /** The options as parsed: good, or the message and return code that say what is wrong with them. */
    sealed interface Parsed {
        record Good(CopyOptions options) implements Parsed {
        }

        record Bad(int returnCode, String message) implements Parsed {
        }
    }

    /** One option: its name, the fewest letters that abbreviate it, and whether a value follows it. */
    private record Keyword(String name, int minimum, boolean valued) {
    }

    private static final List<Keyword> KEYWORDS = List.of(new Keyword("TYPE", 2, false),
            new Keyword("NOTYPE", 4, false), new Keyword("NEWDATE", 4, false), new Keyword("OLDDATE", 3, false),
            new Keyword("NEWFILE", 4, false), new Keyword("REPLACE", 3, false), new Keyword("APPEND", 3, false),
            new Keyword("OVLY", 4, false), new Keyword("PROMPT", 2, false), new Keyword("NOPROMPT", 4, false),
            new Keyword("FROM", 2, true), new Keyword("FRLABEL", 3, true), new Keyword("FOR", 3, true),
            new Keyword("TOLABEL", 3, true), new Keyword("SPECS", 2, false), new Keyword("TRANS", 2, false),
            new Keyword("EBCDIC", 2, false), new Keyword("UPCASE", 2, false), new Keyword("LOWCASE", 2, false),
            new Keyword("RECFM", 3, true), new Keyword("LRECL", 2, true), new Keyword("TRUNC", 3, false),
            new Keyword("FILL", 2, true), new Keyword("PACK", 2, false), new Keyword("UNPACK", 3, false),
            new Keyword("SINGLE", 2, false));

    /** Groups of options of which at most one may be given. */
    private static final List<List<String>> EXCLUSIVE = List.of(List.of("TYPE", "NOTYPE"),
            List.of("NEWDATE", "OLDDATE"), List.of("NEWFILE", "REPLACE", "APPEND", "OVLY"),
            List.of("PROMPT", "NOPROMPT"), List.of("FROM", "FRLABEL"), List.of("FOR", "TOLABEL"),
            List.of("EBCDIC", "UPCASE", "LOWCASE"), List.of("PACK", "UNPACK"));

    /** What PACK and UNPACK cannot be given with: they copy the file whole and as it is. */
    private static final List<String> NOT_WITH_PACKING = List.of("APPEND", "OVLY", "FROM", "FRLABEL", "FOR",
            "TOLABEL", "SPECS", "TRANS", "EBCDIC", "UPCASE", "LOWCASE", "RECFM", "LRECL", "TRUNC", "FILL");

    static Parsed parse(List<String> words) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Keyword keyword = KEYWORDS.stream().filter(k -> CommandLine.abbreviates(word, k.name(), k.minimum()))
                    .findFirst().orElse(null);
            if (keyword == null || keyword.valued() && i + 1 == words.size()) {
                return bad(MODULE + "003E INVALID OPTION '" + word + "'");
            }
            if (given.containsKey(keyword.name())) {
                return bad(MODULE + "065E '" + keyword.name() + "' OPTION SPECIFIED TWICE");
            }
            given.put(keyword.name(), keyword.valued() ? words.get(++i) : "");
        }
        String conflict = conflict(given);
        return conflict != null ? bad(conflict) : values(given);
    }

    /** The 066E message for the first two options given together that cannot be, or null. */
    private static String conflict(Map<String, String> given) {
        for (List<String> group : EXCLUSIVE) {
            List<String> present = group.stream().filter(given::containsKey).toList();
            if (present.size() > 1) {
                return conflicting(present.get(0), present.get(1));
            }
        }
        for (String packing : List.of("PACK", "UNPACK")) {
            for (String other : NOT_WITH_PACKING) {
                if (given.containsKey(packing) && given.containsKey(other)) {
                    return conflicting(packing, other);
                }
            }
        }
        return null;
    }

    private static String conflicting(String first, String second) {
        return MODULE + "066E '" + first + "' AND '" + second + "' ARE CONFLICTING OPTIONS";
    }

    private static Parsed values(Map<String, String> given) {
        String recfm = given.get("RECFM");
        RecordFormat format = recfm == null ? null : recfm.equals("F") ? RecordFormat.F
                : recfm.equals("V") ? RecordFormat.V : null;
        if (recfm != null && format == null) {
            return invalidValue(recfm, "RECFM");
        }
        int length = number(given, "LRECL", 0);
        int first = number(given, "FROM", 1);
        int many = number(given, "FOR", Integer.MAX_VALUE);
        if (length < 1 && given.containsKey("LRECL") || length > 65535) {
            return invalidValue(given.get("LRECL"), "LRECL");
        }
        if (first < 1) {
            return invalidValue(given.get("FROM"), "FROM");
        }
        if (many < 0) {
            return invalidValue(given.get("FOR"), "FOR");
        }
        for (String label : List.of("FRLABEL", "TOLABEL")) {
            if (given.containsKey(label) && given.get(label).length() > 8) {
                return invalidValue(given.get(label), label);
            }
        }
        String fromLabel = given.get("FRLABEL");
        String toLabel = given.get("TOLABEL");
        if (fromLabel != null && toLabel != null && fromLabel.startsWith(toLabel)) {
            return bad(MODULE + "172E TO LABEL '" + toLabel + "' " + (fromLabel.equals(toLabel) ? "EQUALS"
                    : "IS AN INITIAL SUBSTRING OF") + " FR LABEL '" + fromLabel + "'");
        }
        int fill = given.containsKey("FILL") ? character(given.get("FILL")) : Ebcdic.SPACE;
        if (fill < 0) {
            return invalidValue(given.get("FILL"), "FILL");
        }
        return new Parsed.Good(new CopyOptions(disposition(given), given.containsKey("TYPE"),
                given.containsKey("OLDDATE"), !given.containsKey("NOPROMPT"), format, length, first, fromLabel, many,
                toLabel, given.containsKey("SPECS"), given.containsKey("TRANS"), caseChange(given),
                given.containsKey("TRUNC"), (byte) fill, given.containsKey("SINGLE"), conversion(given)));
    }

    private static Disposition disposition(Map<String, String> given) {
        for (Disposition d : Disposition.values()) {
            if (given.containsKey(d.name())) {
                return d;
            }
        }
        return Disposition.NEWFILE;
    }

    private static CaseChange caseChange(Map<String, String> given) {
        for (CaseChange c : CaseChange.values()) {
            if (given.containsKey(c.name())) {
                return c;
            }
        }
        return CaseChange.NONE;
    }

    private static Conversion conversion(Map<String, String> given) {
        return given.containsKey("PACK") ? Conversion.PACK
                : given.containsKey("UNPACK") ? Conversion.UNPACK : Conversion.NONE;
    }

    /**
     * One character as FILL and the TRANS list take it: the character itself, or two hexadecimal
     * digits; -1 when it is neither.
     */
    static int character(String text) {
        if (text.length() == 1) {
            return Supervisor.EBCDIC.toByte(text.charAt(0), (byte) 0x6F) & 0xFF;
        }
        if (text.length() == 2 && text.chars().allMatch(HexFormat::isHexDigit)) {
            return Integer.parseInt(text, 16);
        }
        return -1;
    }

    private static int number(Map<String, String> given, String option, int fallback) {
        String value = given.get(option);
        return value == null ? fallback : FileCommands.number(value);
    }

    private static Parsed invalidValue(String value, String option) {
        return bad(MODULE + "029E INVALID PARAMETER '" + value + "' IN THE OPTION '" + option + "' FIELD");
    }

    private static Parsed bad(String message) {
        return new Parsed.Bad(24, message);
    }
}
