package vm370.cms.xedit;

import java.util.List;

/**
 * An XEDIT target: where a line-moving subcommand goes, or how far a line-range subcommand
 * reaches. Parsed by {@link Targets#parse}, resolved against a file by {@link Targets#find}.
 */
sealed interface Target {

    /** {@code +n}, {@code -n}, {@code n}, {@code *}, {@code -*}: lines relative to the current one. */
    record Relative(int count) implements Target {
    }

    /** {@code :n}: line n (0 = Top of File). */
    record Absolute(int line) implements Target {
    }

    /** {@code .name}: the line with that name. */
    record Named(String name) implements Target {
    }

    /**
     * {@code /string/}, {@code -/string/}, {@code ~/string/} and combinations with {@code &} and
     * {@code |}: the next line (or previous, backward) whose zone matches.
     */
    record Search(List<Term> terms, List<Boolean> and, boolean backward) implements Target {
    }

    /** One string of a search, matched in the zone; negated with {@code ~} (or the not sign). */
    record Term(String text, boolean negated) {
    }
}
