package vm370.cms.rexx;

import java.util.Map;

/**
 * A parsed REXX program: its clauses, its labels (first occurrence wins) and its source lines
 * for SOURCELINE and the trace. One parse serves every call within one program run; its nodes
 * cache variable cells and resolved functions, so a Program belongs to the thread running it.
 */
record Program(String name, Clause[] code, Map<String, Integer> labels, String[] sourceLines) {

    String sourceLine(int n) {
        return n >= 1 && n <= sourceLines.length ? sourceLines[n - 1] : "";
    }
}
