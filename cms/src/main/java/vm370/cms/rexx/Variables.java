package vm370.cms.rexx;

import java.util.HashMap;
import java.util.Map;

/**
 * The variable pool of one PROCEDURE level (ANSI X3.274 section 7.2): simple variables live in
 * cells that expression nodes may cache, stems own their tails and default. EXPOSE shares a cell
 * or a whole stem with the caller's pool.
 */
final class Variables {

    /** A simple variable; {@code value} is null while it is dropped or was never set. */
    static final class Cell {
        String value;
    }

    /** A stem: its default value (from {@code stem. = value}), the tails set since, and tails exposed from a caller. */
    static final class Stem {
        /** Marks a tail dropped after the stem got a default (DROP must win over the default). */
        static final String DROPPED = new String("\u0000dropped");
        String defaultValue;
        final Map<String, String> tails = new HashMap<>();
        /** Tails that PROCEDURE EXPOSE a.i shares with the caller: each maps to the caller's stem. */
        private Map<String, Stem> exposed;

        String get(String tail) {
            if (exposed != null) {
                Stem owner = exposed.get(tail);
                if (owner != null) {
                    return owner.get(tail);
                }
            }
            String v = tails.get(tail);
            if (v == null) {
                return defaultValue;
            }
            return v == DROPPED ? null : v;
        }

        void put(String tail, String value) {
            Stem owner = exposed == null ? null : exposed.get(tail);
            if (owner != null) {
                owner.put(tail, value);
            } else {
                tails.put(tail, value);
            }
        }

        void expose(String tail, Stem owner) {
            if (exposed == null) {
                exposed = new HashMap<>();
            }
            exposed.put(tail, owner);
        }
    }

    private final Map<String, Cell> simple = new HashMap<>();
    private final Map<String, Stem> stems = new HashMap<>();

    Cell cell(String name) {
        Cell c = simple.get(name);
        if (c == null) {
            c = new Cell();
            simple.put(name, c);
        }
        return c;
    }

    Stem stem(String stemName) {
        Stem s = stems.get(stemName);
        if (s == null) {
            s = new Stem();
            stems.put(stemName, s);
        }
        return s;
    }

    /** EXPOSE: this (new) pool shares the caller's variable {@code name} (a simple name or a stem). */
    void expose(Variables caller, String name) {
        if (name.endsWith(".")) {
            stems.put(name, caller.stem(name));
        } else if (name.indexOf('.') > 0) {
            String stem = name.substring(0, name.indexOf('.') + 1);
            stem(stem).expose(name.substring(stem.length()), caller.stem(stem));
        } else {
            simple.put(name, caller.cell(name));
        }
    }

    /** The value of a variable named by its full (tail-substituted) name, or null if unset. */
    String get(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            Cell c = simple.get(name);
            return c == null ? null : c.value;
        }
        Stem s = stems.get(name.substring(0, dot + 1));
        if (s == null) {
            return null;
        }
        return dot == name.length() - 1 ? s.defaultValue : s.get(name.substring(dot + 1));
    }

    void set(String name, String value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            cell(name).value = value;
        } else if (dot == name.length() - 1) {
            Stem s = stem(name);
            s.tails.clear();
            s.defaultValue = value;
        } else {
            stem(name.substring(0, dot + 1)).put(name.substring(dot + 1), value);
        }
    }

    void drop(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            cell(name).value = null;
        } else if (dot == name.length() - 1) {
            Stem s = stem(name);
            s.tails.clear();
            s.defaultValue = null;
        } else {
            stem(name.substring(0, dot + 1)).put(name.substring(dot + 1), Stem.DROPPED);
        }
    }
}
