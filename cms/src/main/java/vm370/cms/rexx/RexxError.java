package vm370.cms.rexx;

import java.util.ArrayList;
import java.util.List;

/**
 * A REXX syntax error (the SYNTAX condition): the error number, a detail for the trace-back and the
 * line where it was raised. Stackless: it is thrown on bad programs, and caught by SIGNAL ON SYNTAX.
 */
final class RexxError extends RuntimeException {

    private final int number;
    private int line;
    private final List<String> traceback = new ArrayList<>();

    RexxError(int number, String detail) {
        super(detail, null, false, false);
        this.number = number;
    }

    RexxError(int number) {
        this(number, ErrorText.of(number));
    }

    int number() {
        return number;
    }

    int line() {
        return line;
    }

    /** Adds a clause the error passed through on its way out, innermost first. */
    void traceback(int clauseLine, String clauseText) {
        String number = Integer.toString(clauseLine);
        traceback.add(" ".repeat(Math.max(0, 6 - number.length())) + number + " +++ " + clauseText);
    }

    List<String> traceback() {
        return traceback;
    }

    /** Records the line of the clause in error, the first time only (the innermost clause wins). */
    RexxError at(int clauseLine) {
        if (line == 0) {
            line = clauseLine;
        }
        return this;
    }
}
