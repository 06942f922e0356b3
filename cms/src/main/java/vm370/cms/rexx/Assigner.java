package vm370.cms.rexx;

/**
 * Stores into and reads from a variable named by a parsed symbol (simple, compound or stem):
 * the targets of assignment, PARSE, DO control variables and DROP.
 */
final class Assigner {

    private Assigner() {
    }

    static void assign(Activation a, Expr target, String value) {
        if (target instanceof Expr.SimpleVariable v) {
            v.cell(a).value = value;
        } else if (target instanceof Expr.CompoundVariable c) {
            c.stem(a).put(c.tail(a), value);
        } else if (target instanceof Expr.StemReference s) {
            Variables.Stem stem = a.vars.stem(s.stem());
            stem.tails.clear();
            stem.defaultValue = value;
        } else {
            throw new IllegalStateException("assignment target: " + target + " (expected: a variable)");
        }
    }

    /** The raw value without NOVALUE or trace: the variable's name when it is unset. */
    static String value(Activation a, Expr target) {
        if (target instanceof Expr.SimpleVariable v) {
            String s = v.cell(a).value;
            return s == null ? v.name : s;
        }
        if (target instanceof Expr.CompoundVariable c) {
            String tail = c.tail(a);
            String s = c.stem(a).get(tail);
            return s == null ? c.stem + tail : s;
        }
        Expr.StemReference s = (Expr.StemReference) target;
        String v = a.vars.stem(s.stem()).defaultValue;
        return v == null ? s.stem() : v;
    }

    /** The name of the variable with its tail substituted, as DROP and EXPOSE need. */
    static String name(Activation a, Expr target) {
        if (target instanceof Expr.SimpleVariable v) {
            return v.name;
        }
        if (target instanceof Expr.CompoundVariable c) {
            return c.derivedName(a);
        }
        return ((Expr.StemReference) target).stem();
    }
}
