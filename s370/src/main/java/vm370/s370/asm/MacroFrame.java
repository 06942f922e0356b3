package vm370.s370.asm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One level of conditional assembly: open code, or one macro expansion with its parameters,
 * &amp;SYSLIST, &amp;SYSNDX, its local SET symbols, the globals it declared and its ACTR count.
 */
final class MacroFrame {

    final MacroDefinition definition;
    final List<SourceLine> lines;
    final Map<String, Integer> sequences;
    final Map<String, SetSymbol> locals = new HashMap<>();
    final Set<String> globalNames = new HashSet<>();
    final Map<String, String> parameters;
    /** &amp;SYSLIST(0) is the name field; then the positional operands. */
    final List<String> syslist;
    final String sysndx;
    final int depth;
    /** The statement that diagnostics of unlisted statements are tied to. */
    final int callStatement;
    int actr = 4096;

    MacroFrame(MacroDefinition definition, List<SourceLine> lines, Map<String, Integer> sequences,
            Map<String, String> parameters, List<String> syslist, String sysndx, int depth, int callStatement) {
        this.definition = definition;
        this.lines = lines;
        this.sequences = sequences;
        this.parameters = parameters;
        this.syslist = syslist;
        this.sysndx = sysndx;
        this.depth = depth;
        this.callStatement = callStatement;
    }

    boolean isOpenCode() {
        return definition == null;
    }
}
