package vm370.cms.rexx;

/** The conditions a program can trap with SIGNAL ON or CALL ON (ANSI X3.274 section 7.3). */
enum Condition {
    ERROR(true), FAILURE(true), HALT(true), NOVALUE(false), SYNTAX(false), NOTREADY(true);

    /** Whether CALL ON may name it (NOVALUE and SYNTAX allow only SIGNAL ON). */
    final boolean callable;

    Condition(boolean callable) {
        this.callable = callable;
    }

    /** The condition named by a symbol, or null. */
    static Condition of(String name) {
        for (Condition c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** A trap that is on: whether CALL ON set it (else SIGNAL ON), and the label it goes to. */
    record Trap(boolean call, String label) {
    }

    /** What CONDITION() reports about the condition most recently trapped. */
    record Raised(Condition condition, String description, boolean call, String status) {
    }
}
