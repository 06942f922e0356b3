package vm370.s370.asm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literals waiting for the next LTORG (or END): each distinct literal text once, placed by
 * alignment, doublewords first, as HLASM's "Literal pool" describes.
 */
final class LiteralPool {

    /** One literal: its text (after the =), its constant, and where it was placed. */
    static final class Literal {
        final String text;
        final Constant constant;
        Section section;
        int offset = -1;

        Literal(String text, Constant constant) {
            this.text = text;
            this.constant = constant;
        }

        int address() {
            return section.origin + offset;
        }
    }

    private final Map<String, Literal> literals = new LinkedHashMap<>();

    Literal add(String text, Constant constant) {
        return literals.computeIfAbsent(text, t -> new Literal(t, constant));
    }

    Literal find(String text) {
        return literals.get(text);
    }

    boolean isEmpty() {
        return literals.isEmpty();
    }

    /** The literals in pool order: those 8-aligned first, then 4, 2 and 1, each group in order of first use. */
    List<Literal> ordered() {
        List<Literal> out = new ArrayList<>(literals.size());
        for (int boundary : new int[] {8, 4, 2, 1}) {
            for (Literal literal : literals.values()) {
                if (boundaryOf(literal.constant) == boundary) {
                    out.add(literal);
                }
            }
        }
        return out;
    }

    private static int boundaryOf(Constant constant) {
        int length = constant.totalLength();
        if (length % 8 == 0) {
            return 8;
        }
        if (length % 4 == 0) {
            return 4;
        }
        return length % 2 == 0 ? 2 : 1;
    }
}
