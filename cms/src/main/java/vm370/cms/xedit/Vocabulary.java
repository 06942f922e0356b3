package vm370.cms.xedit;

import java.util.Arrays;
import java.util.List;

/**
 * XEDIT's words as the command reference lists them: each subcommand and each SET/QUERY operand
 * with the fewest letters it may be cut to. Read from the tables the editor itself looks words up in.
 */
public final class Vocabulary {

    /** One word: its full name and its minimum abbreviation's length. */
    public record Keyword(String name, int minimum) { }

    private Vocabulary() {
    }

    /** The subcommands, in table order. */
    public static List<Keyword> subcommands() {
        return Arrays.stream(Subcommand.values()).map(s -> new Keyword(s.fullName(), s.minimum())).toList();
    }

    /** The operands of SET, QUERY and EXTRACT, in table order. */
    public static List<Keyword> settings() {
        return Arrays.stream(Setting.values()).map(s -> new Keyword(s.fullName(), s.minimum())).toList();
    }
}
