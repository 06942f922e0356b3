package vm370.cms.rexx;

/**
 * The REXX error numbers and their texts (TRL2 appendix, ANSI X3.274 section 8) and the CMS
 * message form {@code DMSREX4nnE}, where nn is the REXX error number.
 */
public final class ErrorText {

    private static final String[] TEXTS = new String[100];

    static {
        TEXTS[3] = "Program is unreadable";
        TEXTS[4] = "Program interrupted";
        TEXTS[5] = "Machine resources exhausted";
        TEXTS[6] = "Unmatched \"/*\" or quote";
        TEXTS[7] = "WHEN or OTHERWISE expected";
        TEXTS[8] = "Unexpected THEN or ELSE";
        TEXTS[9] = "Unexpected WHEN or OTHERWISE";
        TEXTS[10] = "Unexpected or unmatched END";
        TEXTS[11] = "Control stack full";
        TEXTS[12] = "Clause too long";
        TEXTS[13] = "Invalid character in program";
        TEXTS[14] = "Incomplete DO/SELECT/IF";
        TEXTS[15] = "Invalid hexadecimal or binary string";
        TEXTS[16] = "Label not found";
        TEXTS[17] = "Unexpected PROCEDURE";
        TEXTS[18] = "THEN expected";
        TEXTS[19] = "String or symbol expected";
        TEXTS[20] = "Symbol expected";
        TEXTS[21] = "Invalid data on end of clause";
        TEXTS[22] = "Invalid character string";
        TEXTS[23] = "Invalid data string";
        TEXTS[24] = "Invalid TRACE request";
        TEXTS[25] = "Invalid sub-keyword found";
        TEXTS[26] = "Invalid whole number";
        TEXTS[27] = "Invalid DO syntax";
        TEXTS[28] = "Invalid LEAVE or ITERATE";
        TEXTS[29] = "Environment name too long";
        TEXTS[30] = "Name or string too long";
        TEXTS[31] = "Name starts with number or \".\"";
        TEXTS[32] = "Invalid use of stem";
        TEXTS[33] = "Invalid expression result";
        TEXTS[34] = "Logical value not 0 or 1";
        TEXTS[35] = "Invalid expression";
        TEXTS[36] = "Unmatched \"(\" in expression";
        TEXTS[37] = "Unexpected \",\" or \")\"";
        TEXTS[38] = "Invalid template or pattern";
        TEXTS[39] = "Evaluation stack overflow";
        TEXTS[40] = "Incorrect call to routine";
        TEXTS[41] = "Bad arithmetic conversion";
        TEXTS[42] = "Arithmetic overflow/underflow";
        TEXTS[43] = "Routine not found";
        TEXTS[44] = "Function did not return data";
        TEXTS[45] = "No data specified on function RETURN";
        TEXTS[46] = "Invalid variable reference";
        TEXTS[48] = "Failure in system service";
        TEXTS[49] = "Interpretation Error";
    }

    private ErrorText() {
    }

    /** The text of error {@code number}, or the empty string when the number has none (ERRORTEXT). */
    public static String of(int number) {
        return number >= 0 && number < TEXTS.length && TEXTS[number] != null ? TEXTS[number] : "";
    }

    /** The CMS message for an error: {@code DMSREX460E Error 60 running fn ft, line n: text}. */
    public static String cmsMessage(int number, String programName, int line) {
        return "DMSREX%03dE Error %d running %s, line %d: %s".formatted(400 + number, number, programName, line, of(number));
    }
}
