package vm370.s370.asm;

/** How bad a diagnostic is: the letter that ends its message id and the return code it sets. */
public enum Severity {
    INFORMATION('I', 0),
    WARNING('W', 4),
    ERROR('E', 8),
    SEVERE('S', 12),
    UNRECOVERABLE('U', 16);

    private final char letter;
    private final int returnCode;

    Severity(char letter, int returnCode) {
        this.letter = letter;
        this.returnCode = returnCode;
    }

    public char letter() {
        return letter;
    }

    public int returnCode() {
        return returnCode;
    }

    /** The severity an MNOTE's number asks for: 0-3 information, 4-7 warning, 8-11 error, 12-15 severe, more unrecoverable. */
    public static Severity ofMnote(int number) {
        if (number >= 16) {
            return UNRECOVERABLE;
        }
        return values()[Math.max(0, number) / 4];
    }
}
