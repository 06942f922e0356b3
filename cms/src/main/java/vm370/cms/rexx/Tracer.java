package vm370.cms.rexx;

/**
 * TRACE output (TRL2 chapter 9): clauses as {@code "    nn *-* clause"}, results and intermediates
 * as {@code "       >V>   "value""}, command return codes as {@code "       +++ RC(n) +++"}.
 */
final class Tracer {

    /** The TRACE settings, by their letter. */
    enum Level {
        ALL('A'), COMMANDS('C'), ERROR('E'), FAILURE('F'), INTERMEDIATES('I'), LABELS('L'), NORMAL('N'),
        OFF('O'), RESULTS('R');

        final char letter;

        Level(char letter) {
            this.letter = letter;
        }

        static Level of(char letter) {
            for (Level l : values()) {
                if (l.letter == Character.toUpperCase(letter)) {
                    return l;
                }
            }
            return null;
        }

        boolean clauses() {
            return this == ALL || this == RESULTS || this == INTERMEDIATES;
        }

        boolean results() {
            return this == RESULTS || this == INTERMEDIATES;
        }
    }

    private final RexxHost host;

    Tracer(RexxHost host) {
        this.host = host;
    }

    void clause(int line, String text, String prefix) {
        String number = line > 0 ? Integer.toString(line) : "";
        host.traceOutput(" ".repeat(Math.max(0, 6 - number.length())) + number + " " + prefix + " " + text);
    }

    void intermediate(String prefix, String value) {
        host.traceOutput("       " + prefix + "   \"" + value + "\"");
    }

    void returnCode(int rc) {
        host.traceOutput("       +++ RC(" + rc + ") +++");
    }
}
