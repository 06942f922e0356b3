package vm370.cms.rexx;

/**
 * A parsed REXX expression node (ANSI X3.274 section 7.4). Parsed once; evaluation walks the tree
 * and, when TRACE I is on, reports each intermediate result.
 */
interface Expr {

    String eval(Activation a);

    /** A literal string or constant symbol; {@code small} is its value as a small whole number, if it is one. */
    record Literal(String value, long small) implements Expr {
        Literal(String value) {
            this(value, Arithmetic.small(value));
        }

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

    /**
     * The value of a side-effect-free numeric operand as a whole number below 10**9, or NOT_SMALL.
     * Lets nested whole-number arithmetic run on longs and make one string at the end.
     */
    static long small(Expr e, Activation a) {
        if (e instanceof Literal l) {
            return l.small();
        }
        if (e instanceof SimpleVariable v) {
            String s = v.cell(a).value;
            return s == null ? Arithmetic.NOT_SMALL : Arithmetic.small(s);
        }
        if (e instanceof WholeArithmetic w) {
            return w.small(a);
        }
        if (e instanceof Prefix p && p.operator() != '\\') {
            long x = small(p.operand(), a);
            return x == Arithmetic.NOT_SMALL || p.operator() == '+' ? x : -x;
        }
        return Arithmetic.NOT_SMALL;
    }

    /** Whether {@link #small} may evaluate {@code e}: it has no side effects (no calls), so evaluating twice is safe. */
    static boolean pure(Expr e) {
        return e instanceof Literal || e instanceof SimpleVariable || e instanceof WholeArithmetic
                || (e instanceof Prefix p && p.operator() != '\\' && pure(p.operand()));
    }

    /**
     * + - * / % // over side-effect-free operands: computed on longs while every value is a whole
     * number below 10**9 (and NUMERIC DIGITS is at least 9), else as a {@link Binary}.
     */
    record WholeArithmetic(Operators.Op operator, Expr left, Expr right) implements Expr {
        private static final long LIMIT = 1_000_000_000L;

        long small(Activation a) {
            if (a.numeric.digits < 9 || a.traceIntermediates) {
                return Arithmetic.NOT_SMALL;
            }
            long x = Expr.small(left, a);
            if (x == Arithmetic.NOT_SMALL) {
                return x;
            }
            long y = Expr.small(right, a);
            if (y == Arithmetic.NOT_SMALL) {
                return y;
            }
            long r = switch (operator) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case INTEGER_DIVIDE -> y == 0 ? Arithmetic.NOT_SMALL : x / y;
                case REMAINDER -> y == 0 ? Arithmetic.NOT_SMALL : x % y;
                case DIVIDE -> y == 0 || x % y != 0 ? Arithmetic.NOT_SMALL : x / y;
                default -> Arithmetic.NOT_SMALL;
            };
            return r > -LIMIT && r < LIMIT ? r : Arithmetic.NOT_SMALL;
        }

        @Override
        public String eval(Activation a) {
            long r = small(a);
            if (r != Arithmetic.NOT_SMALL) {
                return Long.toString(r);
            }
            String v = Operators.apply(operator, left.eval(a), right.eval(a), a.numeric);
            if (a.traceIntermediates) {
                a.trace.intermediate(">O>", v);
            }
            return v;
        }
    }

    /** A normal comparison of side-effect-free operands: on longs when both are small whole numbers. */
    record WholeComparison(Operators.Op operator, Expr left, Expr right) implements Expr {
        @Override
        public String eval(Activation a) {
            if (a.numeric.digits - a.numeric.fuzz >= 9 && !a.traceIntermediates) {
                long x = Expr.small(left, a);
                long y = x == Arithmetic.NOT_SMALL ? x : Expr.small(right, a);
                if (y != Arithmetic.NOT_SMALL) {
                    int c = Long.compare(x, y);
                    boolean r = switch (operator) {
                        case EQUAL -> c == 0;
                        case NOT_EQUAL, NOT_EQUAL_2, NOT_EQUAL_3 -> c != 0;
                        case GREATER -> c > 0;
                        case LESS -> c < 0;
                        case GREATER_EQUAL, NOT_LESS -> c >= 0;
                        default -> c <= 0;
                    };
                    return r ? "1" : "0";
                }
            }
            String v = Operators.apply(operator, left.eval(a), right.eval(a), a.numeric);
            if (a.traceIntermediates) {
                a.trace.intermediate(">O>", v);
            }
            return v;
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
