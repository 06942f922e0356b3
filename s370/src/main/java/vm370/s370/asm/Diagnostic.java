package vm370.s370.asm;

/**
 * One message of an assembly, tied to the statement it is about (0 when it is about the whole
 * assembly). The id is in HLASM's form, such as {@code ASMA044E}.
 */
public record Diagnostic(int statement, String id, Severity severity, String text) {

    /** The message as the listing prints it: {@code ASMA044E Undefined symbol - FIELD}. */
    public String message() {
        return id + " " + text;
    }
}
