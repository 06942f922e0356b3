package vm370.cms.rexx;

/**
 * The NUMERIC settings of one routine (DIGITS, FUZZ, FORM), saved and restored across calls
 * (ANSI X3.274 section 7.4.7). Mutable because NUMERIC changes them in place for the routine.
 */
final class Numeric {

    static final int DEFAULT_DIGITS = 9;

    int digits = DEFAULT_DIGITS;
    int fuzz;
    boolean engineering;

    Numeric copy() {
        Numeric n = new Numeric();
        n.digits = digits;
        n.fuzz = fuzz;
        n.engineering = engineering;
        return n;
    }
}
