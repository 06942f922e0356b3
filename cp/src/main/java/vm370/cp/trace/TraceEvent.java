package vm370.cp.trace;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What TRACE can watch, as the command spells it (capitals: the minimum abbreviation). ALL and
 * INTerrupt name groups of them.
 * @vm370 DMKTRA
 */
public enum TraceEvent {
    SVC("SVC"),
    IO("I/O"),
    PROGRAM("PROGram"),
    EXTERNAL("EXTernal"),
    PRIVILEGED("PRIVileged"),
    SIO("SIO"),
    CCW("CCW"),
    CSW("CSW"),
    BRANCH("BRanch"),
    INSTRUCTION("INSTruction");

    private static final Set<TraceEvent> INTERRUPTIONS = EnumSet.of(SVC, IO, PROGRAM, EXTERNAL);

    private final String syntax;

    TraceEvent(String syntax) {
        this.syntax = syntax;
    }

    /** The name QUERY TRACE shows. */
    public String word() {
        return syntax.toUpperCase(Locale.ROOT);
    }

    /** The events one TRACE operand names (ALL, INTerrupt, or one event); empty when it names none. */
    public static Set<TraceEvent> named(String word) {
        if (abbreviates(word, "ALL")) {
            return EnumSet.allOf(TraceEvent.class);
        }
        if (abbreviates(word, "INTerrupt")) {
            return EnumSet.copyOf(INTERRUPTIONS);
        }
        for (TraceEvent event : values()) {
            if (abbreviates(word, event.syntax)) {
                return EnumSet.of(event);
            }
        }
        return EnumSet.noneOf(TraceEvent.class);
    }

    /**
     * True when {@code word} (upper case) abbreviates {@code syntax}: everything before its first small
     * letter is the minimum, so {@code I/O} takes all three characters and {@code BRanch} two.
     */
    static boolean abbreviates(String word, String syntax) {
        int minimum = 0;
        while (minimum < syntax.length() && !Character.isLowerCase(syntax.charAt(minimum))) {
            minimum++;
        }
        return word != null && word.length() >= minimum && word.length() <= syntax.length()
                && syntax.toUpperCase(Locale.ROOT).startsWith(word);
    }
}
