package vm370.cp.guest;

/**
 * A request a guest system made through {@link GuestMachine} was one that would have given a
 * program check (a DIAGNOSE with a bad operand, say): the code is the program interruption code.
 */
public final class GuestProgramCheck extends RuntimeException {

    private final int code;

    public GuestProgramCheck(int code) {
        super("program check " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
