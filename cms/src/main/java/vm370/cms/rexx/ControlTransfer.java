package vm370.cms.rexx;

/**
 * The two transfers that must unwind Java frames inside expressions: EXIT (possibly from deep in a
 * function call) and a trapped condition raised mid-expression (NOVALUE, HALT). Stackless; each is
 * thrown once per event, never in a loop.
 */
abstract sealed class ControlTransfer extends RuntimeException {

    ControlTransfer() {
        super(null, null, false, false);
    }

    /** EXIT: ends the program (or, in an external routine, returns to its caller) with a value or none. */
    static final class Exit extends ControlTransfer {
        final String value;

        Exit(String value) {
            this.value = value;
        }
    }

    /** A condition trapped by SIGNAL ON: unwinds to the clause loop, which jumps to {@code target}. */
    static final class Signal extends ControlTransfer {
        final int target;

        Signal(int target) {
            this.target = target;
        }
    }
}
