package vm370.cms.rexx;

/**
 * One executable clause of a parsed program. Programs are flattened into an array of clauses
 * with jump targets (IF, SELECT, DO and END become jumps), so SIGNAL, CALL to labels and LEAVE
 * are just indices. {@link #execute} returns the index of the next clause, or a negative
 * {@code Activation} code.
 */
abstract class Clause {

    final int line;
    final String text;
    /** Index of the following clause in the same code array. */
    int next;

    Clause(int line, String text) {
        this.line = line;
        this.text = text;
    }

    abstract int execute(Activation a);

    /** Whether TRACE L and TRACE A show this clause as a label. */
    boolean isLabel() {
        return false;
    }

    /** Whether TRACE C (and E, F, N after the fact) treat this clause as a command. */
    boolean isCommand() {
        return false;
    }
}
