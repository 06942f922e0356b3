package vm370.cms.xedit;

import java.util.Locale;

/**
 * The settings XEDIT keeps for each file in the ring: what SET changes and QUERY and EXTRACT
 * report. Columns are 1-origin; {@link #STAR} stands for "to the end of the record" (LRECL).
 */
final class FileSettings {

    static final int STAR = Integer.MAX_VALUE;

    /** CASE: upper-case what is typed (U) or keep it (M); RESPECT or IGNORE case in targets. */
    boolean caseUpper;
    boolean caseRespect = true;
    int zoneLeft = 1;
    int zoneRight = STAR;
    int trunc = STAR;
    int verifyLeft = 1;
    int verifyRight = STAR;
    boolean number;
    /** PREFIX: ON, OFF or NULLS, on the LEFT or RIGHT. */
    String prefix = "ON";
    boolean prefixRight;
    /** CMDLINE: BOTTOM, TOP, ON (= BOTTOM) or OFF. */
    String cmdline = "BOTTOM";
    /** CURLINE: the screen row of the current line, "M" for the middle, or a row number. */
    String curline = "M";
    boolean wrap;
    boolean hex;
    boolean stay;
    /** SCOPE ALL: subcommands reach excluded lines too; DISPLAY (the default) passes over them. */
    boolean scopeAll;
    /** AUTOSAVE: after this many alterations the file is saved aside; 0 = OFF. */
    int autosave;
    /** SERIAL: OFF (null) or the identification put in columns 73-80, with increment and start. */
    String serial;
    int serialIncrement = 10;
    int serialStart = 10;
    /** SCALE and the TOP/END OF FILE markers show (SCALE ON M+1 is XEDIT's default). */
    boolean scale = true;

    FileSettings(String fileType) {
        String ft = fileType.toUpperCase(Locale.ROOT);
        caseUpper = !(ft.equals("SCRIPT") || ft.equals("MEMO") || ft.equals("NOTE") || ft.equals("NOTEBOOK"));
    }

    /** The right zone or truncation column made concrete for a file of {@code lrecl}. */
    static int column(int setting, int lrecl) {
        return setting == STAR ? lrecl : Math.min(setting, lrecl);
    }

    static String show(int setting) {
        return setting == STAR ? "*" : Integer.toString(setting);
    }
}
