package vm370.cms.rexx;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The state one program run shares across all its routines: the host, the trace writer, the
 * external routines parsed so far, RANDOM's generator and the elapsed-time clock (TIME('E')).
 */
final class Interpreter {

    final RexxHost host;
    final Tracer tracer;
    private final Map<String, Program> externals = new HashMap<>();
    Random random = new Random();
    long elapsedStartNanos = System.nanoTime();
    boolean elapsedStarted;
    /** Clauses executed so far (for the benchmark's clauses per second). */
    long clauses;

    Interpreter(RexxHost host) {
        this.host = host;
        this.tracer = new Tracer(host);
    }

    /** Finds, parses once and caches an external routine; null when the host has none by that name. */
    Program external(String name, String callerName) {
        Program p = externals.get(name);
        if (p == null) {
            var found = host.findExternal(name, callerName);
            if (found.isEmpty()) {
                return null;
            }
            p = Parser.parse(found.get().name(), found.get().source());
            externals.put(name, p);
        }
        return p;
    }
}
