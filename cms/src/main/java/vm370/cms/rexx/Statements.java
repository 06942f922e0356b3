package vm370.cms.rexx;

import java.util.List;

/**
 * The simple instructions: assignment, SAY, commands, PUSH/QUEUE, DROP, PROCEDURE, NUMERIC,
 * TRACE, ADDRESS and NOP (ANSI X3.274 section 8). PARSE is in {@link ParseInstruction}.
 */
final class Statements {

    private Statements() {
    }

    /** NOP, and OPTIONS (whose requests this interpreter has none of). */
    static final class Nop extends Clause {
        Nop(int line, String text) {
            super(line, text);
        }

        @Override
        int execute(Activation a) {
            return next;
        }
    }

    /** symbol = expression. */
    static final class Assign extends Clause {
        private final Expr target;
        private final Expr value;

        Assign(int line, String text, Expr target, Expr value) {
            super(line, text);
            this.target = target;
            this.value = value;
        }

        @Override
        int execute(Activation a) {
            String v = value.eval(a);
            if (a.traceResults) {
                a.trace.intermediate(">>>", v);
            }
            Assigner.assign(a, target, v);
            return next;
        }
    }

    /** SAY [expression]. */
    static final class Say extends Clause {
        private final Expr value;

        Say(int line, String text, Expr value) {
            super(line, text);
            this.value = value;
        }

        @Override
        int execute(Activation a) {
            String v = value == null ? "" : value.eval(a);
            if (a.traceResults) {
                a.trace.intermediate(">>>", v);
            }
            a.interpreter.host.say(v);
            return next;
        }
    }

    /** A command clause: the expression's value goes to the current environment. */
    static final class Command extends Clause {
        private final Expr value;

        Command(int line, String text, Expr value) {
            super(line, text);
            this.value = value;
        }

        @Override
        int execute(Activation a) {
            return a.command(a.address, value.eval(a), this);
        }

        @Override
        boolean isCommand() {
            return true;
        }
    }

    /** PUSH (LIFO) and QUEUE (FIFO) onto the program stack. */
    static final class Stack extends Clause {
        private final Expr value;
        private final boolean lifo;

        Stack(int line, String text, Expr value, boolean lifo) {
            super(line, text);
            this.value = value;
            this.lifo = lifo;
        }

        @Override
        int execute(Activation a) {
            String v = value == null ? "" : value.eval(a);
            if (a.traceResults) {
                a.trace.intermediate(">>>", v);
            }
            if (lifo) {
                a.interpreter.host.stack().push(v);
            } else {
                a.interpreter.host.stack().queue(v);
            }
            return next;
        }
    }

    /** A name in a DROP or EXPOSE list: a variable, or (in parentheses) a variable holding a list of names. */
    record NameItem(Expr variable, boolean indirect) {
    }

    /** DROP name... */
    static final class Drop extends Clause {
        private final List<NameItem> names;

        Drop(int line, String text, List<NameItem> names) {
            super(line, text);
            this.names = names;
        }

        @Override
        int execute(Activation a) {
            for (NameItem item : names) {
                if (item.indirect()) {
                    for (String name : Assigner.value(a, item.variable()).toUpperCase().split(" +")) {
                        if (!name.isEmpty()) {
                            a.vars.drop(name);
                        }
                    }
                } else {
                    a.vars.drop(Assigner.name(a, item.variable()));
                }
            }
            return next;
        }
    }

    /** PROCEDURE [EXPOSE name...]: a new variable pool sharing only the exposed names. */
    static final class Procedure extends Clause {
        private final List<NameItem> exposed;

        Procedure(int line, String text, List<NameItem> exposed) {
            super(line, text);
            this.exposed = exposed;
        }

        @Override
        int execute(Activation a) {
            if (a.procedureAllowedAt != next - 1) {
                throw new RexxError(17, "PROCEDURE is valid only as the first instruction of an internal routine");
            }
            a.procedureAllowedAt = -1;
            Variables caller = a.vars;
            Variables mine = new Variables();
            for (NameItem item : exposed) {
                String name = Assigner.name(a, item.variable());
                mine.expose(caller, name);
                if (item.indirect()) {
                    String list = caller.get(name);
                    for (String n : (list == null ? "" : list).toUpperCase().split(" +")) {
                        if (!n.isEmpty()) {
                            mine.expose(caller, n);
                        }
                    }
                }
            }
            a.vars = mine;
            return next;
        }
    }

    /** NUMERIC DIGITS, FUZZ and FORM. */
    static final class NumericSetting extends Clause {
        private final char which;
        private final Expr value;

        NumericSetting(int line, String text, char which, Expr value) {
            super(line, text);
            this.which = which;
            this.value = value;
        }

        @Override
        int execute(Activation a) {
            String v = value == null ? null : value.eval(a);
            Numeric n = a.numeric;
            switch (which) {
                case 'D' -> {
                    int digits = v == null ? Numeric.DEFAULT_DIGITS : Arithmetic.wholeNumber(v, n, 26);
                    if (digits < 1 || digits <= n.fuzz) {
                        throw new RexxError(33, "NUMERIC DIGITS " + v + " must be positive and greater than FUZZ " + n.fuzz);
                    }
                    n.digits = digits;
                }
                case 'F' -> {
                    int fuzz = v == null ? 0 : Arithmetic.wholeNumber(v, n, 26);
                    if (fuzz < 0 || fuzz >= n.digits) {
                        throw new RexxError(33, "NUMERIC FUZZ " + v + " must be zero or more and less than DIGITS " + n.digits);
                    }
                    n.fuzz = fuzz;
                }
                default -> {
                    String form = v == null ? "SCIENTIFIC" : v.toUpperCase();
                    if (!form.equals("SCIENTIFIC") && !form.equals("ENGINEERING")) {
                        throw new RexxError(33, "NUMERIC FORM must be SCIENTIFIC or ENGINEERING, found \"" + v + "\"");
                    }
                    n.engineering = form.equals("ENGINEERING");
                }
            }
            return next;
        }
    }

    /** TRACE setting: [?]letter, or a number (interactive skip count, accepted and ignored). */
    static final class Trace extends Clause {
        private final Expr setting;

        Trace(int line, String text, Expr setting) {
            super(line, text);
            this.setting = setting;
        }

        @Override
        int execute(Activation a) {
            apply(a, setting == null ? "N" : setting.eval(a));
            return next;
        }

        static void apply(Activation a, String value) {
            String s = value.strip();
            if (Arithmetic.isNumber(s)) {
                return;
            }
            boolean interactive = a.interactive;
            int i = 0;
            while (i < s.length() && s.charAt(i) == '?') {
                interactive = !interactive;
                i++;
            }
            if (i == s.length()) {
                a.setTrace(a.traceLevel, interactive);
                return;
            }
            Tracer.Level level = Tracer.Level.of(s.charAt(i));
            if (level == null) {
                throw new RexxError(24, "TRACE request letter must be one of \"ACEFILNOR\"; found \"" + s.charAt(i) + "\"");
            }
            boolean nowInteractive = level != Tracer.Level.OFF && interactive;
            if (nowInteractive && !a.interactive) {
                a.trace.clause(0, "+++ Interactive trace.  \"Trace Off\" to end debug, ENTER to continue. +++", "");
            }
            a.setTrace(level, nowInteractive);
        }
    }

    /** ADDRESS [environment [command]] and ADDRESS [VALUE] expression. */
    static final class Address extends Clause {
        private final String environment;
        private final Expr value;
        private final boolean isCommand;

        Address(int line, String text, String environment, Expr value, boolean isCommand) {
            super(line, text);
            this.environment = environment;
            this.value = value;
            this.isCommand = isCommand;
        }

        @Override
        int execute(Activation a) {
            if (isCommand) {
                return a.command(environment, value.eval(a), this);
            }
            String newEnvironment = environment != null ? environment : value != null ? value.eval(a) : a.previousAddress;
            a.previousAddress = a.address;
            a.address = newEnvironment;
            return next;
        }

        @Override
        boolean isCommand() {
            return isCommand;
        }
    }
}
