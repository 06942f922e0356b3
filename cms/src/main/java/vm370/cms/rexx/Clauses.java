package vm370.cms.rexx;

/**
 * The control clauses: labels, IF/WHEN jumps, DO and END, CALL, SIGNAL, RETURN, EXIT, LEAVE,
 * ITERATE and INTERPRET (ANSI X3.274 section 8). Simple instructions are in {@link Statements}.
 */
final class Clauses {

    private Clauses() {
    }

    /** A label: a no-op that TRACE L shows. */
    static final class Label extends Clause {
        Label(int line, String text) {
            super(line, text);
        }

        @Override
        int execute(Activation a) {
            return next;
        }

        @Override
        boolean isLabel() {
            return true;
        }
    }

    /** IF and WHEN: go on when the condition is 1, jump to {@code otherwise} when it is 0. */
    static final class If extends Clause {
        final Expr condition;
        int otherwise;

        If(int line, String text, Expr condition) {
            super(line, text);
            this.condition = condition;
        }

        @Override
        int execute(Activation a) {
            String v = condition.eval(a);
            if (a.traceResults) {
                a.trace.intermediate(">>>", v);
            }
            return Operators.truth(v) ? next : otherwise;
        }
    }

    /** An unconditional jump (end of a THEN branch, of a WHEN branch). Never traced. */
    static final class Jump extends Clause {
        int target;

        Jump(int line) {
            super(line, "");
        }

        @Override
        int execute(Activation a) {
            return target;
        }
    }

    /** A clause that raises an error when reached: SELECT with no WHEN true and no OTHERWISE. */
    static final class RaiseError extends Clause {
        private final int number;

        RaiseError(int line, String text, int number) {
            super(line, text);
            this.number = number;
        }

        @Override
        int execute(Activation a) {
            throw new RexxError(number);
        }
    }

    /** DO in all its forms; a simple DO (no repetition) is a no-op. */
    static final class Do extends Clause {
        Expr control;
        String controlName;
        Expr initial;
        Expr to;
        Expr by;
        Expr forCount;
        Expr repeat;
        Expr whileCondition;
        Expr untilCondition;
        boolean repetitive;
        int afterEnd;
        /** The order TO, BY and FOR were written in, for their evaluation (ANSI 8.3.5). */
        char[] order = new char[0];

        Do(int line, String text) {
            super(line, text);
        }

        String controlName() {
            return controlName;
        }

        @Override
        int execute(Activation a) {
            if (!repetitive) {
                return next;
            }
            Loops.Frame f = a.loops().push(this);
            if (control != null) {
                String start = Arithmetic.plus(numberOf(initial.eval(a)), a.numeric);
                f.by = "1";
                for (char c : order) {
                    switch (c) {
                        case 'T' -> f.to = Arithmetic.plus(numberOf(to.eval(a)), a.numeric);
                        case 'B' -> f.by = Arithmetic.plus(numberOf(by.eval(a)), a.numeric);
                        default -> f.forRemaining = count(forCount.eval(a), a);
                    }
                }
                f.descending = f.by.charAt(0) == '-';
                f.byValue = Arithmetic.small(f.by);
                f.toValue = f.to == null ? 0 : Arithmetic.small(f.to);
                long counter = Arithmetic.small(start);
                f.integralStep = a.numeric.digits - a.numeric.fuzz >= 9 && f.byValue != Arithmetic.NOT_SMALL
                        && f.toValue != Arithmetic.NOT_SMALL && counter != Arithmetic.NOT_SMALL;
                if (f.integralStep) {
                    f.current = start;
                    f.counter = counter;
                }
                Assigner.assign(a, control, start);
            } else if (repeat != null) {
                f.forRemaining = count(repeat.eval(a), a);
            }
            return test(a, f) ? next : leave(a);
        }

        private static String numberOf(String v) {
            if (!Arithmetic.isNumber(v)) {
                throw new RexxError(41, "Value of DO expression \"" + v + "\" is not a number");
            }
            return v;
        }

        private static long count(String v, Activation a) {
            int n = Arithmetic.wholeNumber(v, a.numeric, 26);
            if (n < 0) {
                throw new RexxError(26, "DO count must be zero or positive, found \"" + v + "\"");
            }
            return n;
        }

        private boolean test(Activation a, Loops.Frame f) {
            if (f.to != null) {
                String v = Assigner.value(a, control);
                int cmp = v == f.current ? Long.compare(f.counter, f.toValue)
                        : Arithmetic.compare(numberOf(v), f.to, a.numeric);
                if (f.descending ? cmp < 0 : cmp > 0) {
                    return false;
                }
            }
            if (f.forRemaining >= 0) {
                if (f.forRemaining == 0) {
                    return false;
                }
                f.forRemaining--;
            }
            if (whileCondition != null) {
                return Operators.truth(whileCondition.eval(a));
            }
            return true;
        }

        int leave(Activation a) {
            a.loops().pop();
            return afterEnd;
        }

        /** The control variable plus BY: as a long while the variable still holds what the loop stored. */
        private String step(Activation a, Loops.Frame f) {
            String v = Assigner.value(a, control);
            if (v == f.current) {
                long next = f.counter + f.byValue;
                if (Math.abs(next) < 1_000_000_000L) {
                    f.counter = next;
                    f.current = Long.toString(next);
                    return f.current;
                }
            }
            String stepped = Arithmetic.add(v, f.by, a.numeric);
            long value = f.integralStep ? Arithmetic.small(stepped) : Arithmetic.NOT_SMALL;
            f.current = value == Arithmetic.NOT_SMALL ? null : stepped;
            f.counter = value;
            return stepped;
        }

        /** The end of one pass: UNTIL, the step of the control variable, then the tests again. */
        int iterate(Activation a, Loops.Frame f) {
            a.checkHalt(line);
            if (untilCondition != null && Operators.truth(untilCondition.eval(a))) {
                return leave(a);
            }
            if (control != null) {
                Assigner.assign(a, control, step(a, f));
            }
            return test(a, f) ? next : leave(a);
        }
    }

    /** END of a DO or SELECT: a repetitive DO's END goes round again. */
    static final class End extends Clause {
        private final Do loop;

        End(int line, String text, Do loop) {
            super(line, text);
            this.loop = loop;
        }

        @Override
        int execute(Activation a) {
            if (loop == null || !loop.repetitive) {
                return next;
            }
            Loops.Frame f = a.loops().top();
            if (f == null || f.clause != loop) {
                throw new RexxError(10, "END has no active DO");
            }
            return loop.iterate(a, f);
        }
    }

    /** LEAVE and ITERATE, with or without the name of a loop's control variable. */
    static final class LeaveOrIterate extends Clause {
        private final String name;
        private final boolean leave;

        LeaveOrIterate(int line, String text, String name, boolean leave) {
            super(line, text);
            this.name = name;
            this.leave = leave;
        }

        @Override
        int execute(Activation a) {
            int index = a.loops().find(name);
            if (index < 0) {
                throw new RexxError(28, (leave ? "LEAVE" : "ITERATE") + " is not in an active loop"
                        + (name == null ? "" : " named " + name));
            }
            Loops.Frame f = a.loops().at(index);
            a.loops().truncate(index + 1);
            return leave ? f.clause.leave(a) : f.clause.iterate(a, f);
        }
    }

    /** CALL routine [args]: RESULT is set to what it returns, or dropped. */
    static final class Call extends Clause {
        private final String name;
        private final boolean quoted;
        private final Expr[] arguments;

        Call(int line, String text, String name, boolean quoted, Expr[] arguments) {
            super(line, text);
            this.name = name;
            this.quoted = quoted;
            this.arguments = arguments;
        }

        @Override
        int execute(Activation a) {
            String[] values = new String[arguments.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments[i] == null ? null : arguments[i].eval(a);
            }
            a.checkHalt(line);
            String r = a.invoke(name, quoted, values, Activation.Invocation.SUBROUTINE, line);
            if (r == null) {
                a.vars.drop("RESULT");
            } else {
                a.vars.set("RESULT", r);
            }
            return next;
        }
    }

    /** SIGNAL ON/OFF and CALL ON/OFF condition [NAME label]. */
    static final class SetTrap extends Clause {
        private final Condition condition;
        private final Condition.Trap trap;

        SetTrap(int line, String text, Condition condition, Condition.Trap trap) {
            super(line, text);
            this.condition = condition;
            this.trap = trap;
        }

        @Override
        int execute(Activation a) {
            a.traps[condition.ordinal()] = trap;
            return next;
        }
    }

    /** SIGNAL label and SIGNAL VALUE expr: SIGL is set and every active loop ends. */
    static final class Signal extends Clause {
        private final String label;
        private final Expr labelValue;

        Signal(int line, String text, String label, Expr labelValue) {
            super(line, text);
            this.label = label;
            this.labelValue = labelValue;
        }

        @Override
        int execute(Activation a) {
            String target = label != null ? label : labelValue.eval(a).toUpperCase();
            int index = a.labelIndex(target);
            a.vars.set("SIGL", Integer.toString(line));
            return a.signal(index);
        }
    }

    /** RETURN [expr] and EXIT [expr]. */
    static final class Return extends Clause {
        private final Expr value;
        private final boolean exit;

        Return(int line, String text, Expr value, boolean exit) {
            super(line, text);
            this.value = value;
            this.exit = exit;
        }

        @Override
        int execute(Activation a) {
            String v = value == null ? null : value.eval(a);
            if (v != null && a.traceResults) {
                a.trace.intermediate(">>>", v);
            }
            if (exit) {
                throw new ControlTransfer.Exit(v);
            }
            a.result = v;
            return Activation.RETURN;
        }
    }

    /** INTERPRET expr: the string is parsed (once per distinct string) and run in this routine. */
    static final class Interpret extends Clause {
        private final Expr source;
        private String lastSource;
        private Clause[] lastCode;

        Interpret(int line, String text, Expr source) {
            super(line, text);
            this.source = source;
        }

        @Override
        int execute(Activation a) {
            String s = source.eval(a);
            if (a.traceResults) {
                a.trace.intermediate(">>>", s);
            }
            if (!s.equals(lastSource)) {
                lastCode = Parser.parseInterpret(s, line);
                lastSource = s;
            }
            Clause[] code = lastCode;
            int loopDepth = a.loops().depth();
            a.interpretDepth++;
            int r;
            try {
                r = a.execute(code, 0, true);
            } finally {
                a.interpretDepth--;
            }
            if (r == Activation.RETURN) {
                return r;
            }
            if (r == Activation.SIGNAL_PENDING) {
                return a.interpretDepth > 0 ? r : a.pendingTarget;
            }
            a.loops().truncate(loopDepth);
            return next;
        }
    }
}
