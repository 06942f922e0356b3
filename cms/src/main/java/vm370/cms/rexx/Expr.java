package vm370.cms.rexx;

/**
 * A parsed REXX expression node (ANSI X3.274 section 7.4). Parsed once; evaluation walks the tree
 * and, when TRACE I is on, reports each intermediate result.
 */
interface Expr {

    String eval(Activation a);

    /** A literal string or constant symbol. */
    record Literal(String value) implements Expr {
        @Override
        public String eval(Activation a) {
            if (a.traceIntermediates) {
                a.trace.intermediate(">L>", value);
            }
            return value;
        }
    }

    /** A simple variable; caches its cell while the routine's variable pool stays the same. */
    final class SimpleVariable implements Expr {
        final String name;
        private Variables cachedPool;
        private Variables.Cell cachedCell;

        SimpleVariable(String name) {
            this.name = name;
        }

        Variables.Cell cell(Activation a) {
            Variables pool = a.vars;
            if (pool != cachedPool) {
                cachedCell = pool.cell(name);
                cachedPool = pool;
            }
            return cachedCell;
        }

        @Override
        public String eval(Activation a) {
            String v = cell(a).value;
            if (v == null) {
                v = a.novalue(name);
            }
            if (a.traceIntermediates) {
                a.trace.intermediate(">V>", v);
            }
            return v;
        }
    }

    /** A stem or compound variable: the tail is built from constant parts and variable values. */
    final class CompoundVariable implements Expr {
        final String stem;
        /** Tail parts; a non-null entry of {@code variables} replaces the constant part with its value. */
        private final String[] constants;
        private final SimpleVariable[] variables;
        private Variables cachedPool;
        private Variables.Stem cachedStem;

        CompoundVariable(String stem, String[] constants, SimpleVariable[] variables) {
            this.stem = stem;
            this.constants = constants;
            this.variables = variables;
        }

        String tail(Activation a) {
            if (constants.length == 1) {
                return part(a, 0);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < constants.length; i++) {
                if (i > 0) {
                    b.append('.');
                }
                b.append(part(a, i));
            }
            return b.toString();
        }

        private String part(Activation a, int i) {
            if (variables[i] == null) {
                return constants[i];
            }
            String v = variables[i].cell(a).value;
            return v == null ? variables[i].name : v;
        }

        /** This stem in the routine's pool; stems are never removed from a pool, so the cache stays valid. */
        Variables.Stem stem(Activation a) {
            Variables pool = a.vars;
            if (pool != cachedPool) {
                cachedStem = pool.stem(stem);
                cachedPool = pool;
            }
            return cachedStem;
        }

        /** The full name with the tail substituted (for VALUE-style access and NOVALUE). */
        String derivedName(Activation a) {
            return stem + tail(a);
        }

        @Override
        public String eval(Activation a) {
            String tail = tail(a);
            String v = stem(a).get(tail);
            if (v == null) {
                v = a.novalue(stem + tail);
            }
            if (a.traceIntermediates) {
                a.trace.intermediate(">C>", stem + tail);
                a.trace.intermediate(">V>", v);
            }
            return v;
        }
    }

    /** A stem used as a term: the stem's default value, or its own name. */
    record StemReference(String stem) implements Expr {
        @Override
        public String eval(Activation a) {
            String v = a.vars.stem(stem).defaultValue;
            if (v == null) {
                v = a.novalue(stem);
            }
            if (a.traceIntermediates) {
                a.trace.intermediate(">V>", v);
            }
            return v;
        }
    }

    /** A prefix operation: {@code \}, {@code -} or {@code +}. */
    record Prefix(char operator, Expr operand) implements Expr {
        @Override
        public String eval(Activation a) {
            String v = operand.eval(a);
            String r = switch (operator) {
                case '\\' -> Operators.truth(v) ? "0" : "1";
                case '-' -> Arithmetic.negate(v, a.numeric);
                default -> Arithmetic.plus(v, a.numeric);
            };
            if (a.traceIntermediates) {
                a.trace.intermediate(">P>", r);
            }
            return r;
        }
    }

    /** A dyadic operation; {@code &}, {@code |} and {@code &&} evaluate both sides, as REXX does. */
    record Binary(Operators.Op operator, Expr left, Expr right) implements Expr {
        @Override
        public String eval(Activation a) {
            String r = Operators.apply(operator, left.eval(a), right.eval(a), a.numeric);
            if (a.traceIntermediates) {
                a.trace.intermediate(">O>", r);
            }
            return r;
        }
    }

    /** A function call: an internal label, a built-in, a host function or an external routine. */
    final class FunctionCall implements Expr {
        final String name;
        final Expr[] arguments;
        final boolean quoted;
        final int line;
        /** The built-in this call resolved to, once known (labels come first, so only when none matches). */
        Builtins.Function builtin;
        boolean resolved;

        FunctionCall(String name, Expr[] arguments, boolean quoted, int line) {
            this.name = name;
            this.arguments = arguments;
            this.quoted = quoted;
            this.line = line;
        }

        String[] evaluateArguments(Activation a) {
            String[] values = new String[arguments.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments[i] == null ? null : arguments[i].eval(a);
            }
            return values;
        }

        @Override
        public String eval(Activation a) {
            String r = a.callFunction(this, evaluateArguments(a));
            if (a.traceIntermediates) {
                a.trace.intermediate(">F>", r);
            }
            return r;
        }
    }
}
