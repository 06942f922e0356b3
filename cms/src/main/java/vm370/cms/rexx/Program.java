package vm370.cms.rexx;

import java.util.Map;

/**
 * A parsed REXX program: its clauses, its labels (first occurrence wins) and its source lines
 * for SOURCELINE and the trace. Immutable once parsed, so one parse serves every call.
 */
record Program(String name, Clause[] code, Map<String, Integer> labels, String[] sourceLines) {

    String sourceLine(int n) {
        return n >= 1 && n <= sourceLines.length ? sourceLines[n - 1] : "";
    }
}
