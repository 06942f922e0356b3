package vm370.cms.rexx;

/**
 * One invocation of a REXX routine (the main program, an internal routine, an external routine):
 * its variable pool, NUMERIC, ADDRESS, TRACE and condition settings, arguments and active loops.
 * Runs the clause loop. Owned by the thread running the program.
 */
final class Activation {

    /** Returned by a clause: RETURN (or falling off an INTERPRET string's end). */
    static final int RETURN = -1;
    /** Returned by a clause inside INTERPRET: a SIGNAL must be completed by the routine's own loop. */
    static final int SIGNAL_PENDING = -2;

    enum Invocation { COMMAND, SUBROUTINE, FUNCTION }

    final Interpreter interpreter;
    final Program program;
    final Tracer trace;
    /** How the program (not this routine) was invoked, for PARSE SOURCE. */
    final Invocation invocation;
    final boolean internal;
    Variables vars;
    final Numeric numeric;
    String address;
    String previousAddress;
    final Condition.Trap[] traps;
    Condition.Raised raised;
    String[] arguments = new String[0];
    String result;

    Tracer.Level traceLevel = Tracer.Level.NORMAL;
    boolean interactive;
    boolean traceBefore;
    boolean traceResults;
    boolean traceIntermediates;

    private final Loops loops = new Loops();
    int interpretDepth;
    /** True while clauses typed at an interactive-trace pause run: they are not traced or paused. */
    private boolean pausing;
    int pendingTarget;
    int procedureAllowedAt = -1;

    /** A new main program or external routine activation. */
    Activation(Interpreter interpreter, Program program, Invocation invocation) {
        this.interpreter = interpreter;
        this.program = program;
        this.trace = interpreter.tracer;
        this.invocation = invocation;
        this.internal = false;
        this.vars = new Variables();
        this.numeric = new Numeric();
        this.address = interpreter.host.initialEnvironment();
        this.previousAddress = address;
        this.traps = new Condition.Trap[Condition.values().length];
    }

    /** An internal routine: it inherits the caller's pool (until PROCEDURE), settings and PARSE SOURCE. */
    Activation(Activation caller) {
        this.interpreter = caller.interpreter;
        this.program = caller.program;
        this.trace = caller.trace;
        this.invocation = caller.invocation;
        this.internal = true;
        this.vars = caller.vars;
        this.numeric = caller.numeric.copy();
        this.address = caller.address;
        this.previousAddress = caller.previousAddress;
        this.traps = caller.traps.clone();
        this.raised = caller.raised;
        setTrace(caller.traceLevel, caller.interactive);
    }

    Loops loops() {
        return loops;
    }

    void setTrace(Tracer.Level level, boolean interactive) {
        traceLevel = level;
        this.interactive = interactive;
        traceIntermediates = level == Tracer.Level.INTERMEDIATES;
        traceResults = level.results();
        traceBefore = level.clauses() || level == Tracer.Level.LABELS || level == Tracer.Level.COMMANDS || interactive;
    }

    /** Runs clauses from {@code pc}; returns RETURN, SIGNAL_PENDING (nested only) or code.length (nested only). */
    int execute(Clause[] code, int pc, boolean nested) {
        while (true) {
            if (pc >= code.length) {
                if (nested) {
                    return code.length;
                }
                throw new ControlTransfer.Exit(null);
            }
            Clause c = code[pc];
            interpreter.clauses++;
            try {
                boolean traced = traceBefore && !pausing && traceClause(c);
                pc = c.execute(this);
                if (traced && interactive && pc >= 0) {
                    pc = pause(c, pc);
                }
            } catch (RexxError e) {
                pc = syntaxError(e.at(c.line), c);
            } catch (ControlTransfer.Signal s) {
                vars.set("SIGL", Integer.toString(c.line));
                pc = signal(s.target);
            } catch (StackOverflowError overflow) {
                pc = syntaxError(new RexxError(11).at(c.line), c);
            }
            if (pc < 0) {
                if (pc == SIGNAL_PENDING && !nested) {
                    pc = pendingTarget;
                } else {
                    return pc;
                }
            }
        }
    }

    private boolean traceClause(Clause c) {
        if (traceLevel.clauses() || (c.isLabel() && traceLevel == Tracer.Level.LABELS)
                || (c.isCommand() && traceLevel == Tracer.Level.COMMANDS)) {
            trace.clause(c.line, c.text, "*-*");
            return true;
        }
        return false;
    }

    /**
     * Interactive trace (TRACE ?): after a traced clause the user may type REXX clauses to run
     * now (untraced), {@code =} to run the clause again, or nothing to go on.
     */
    private int pause(Clause c, int pc) {
        while (true) {
            String line = interpreter.host.readTerminal();
            if (line == null || line.isBlank() || !interactive) {
                return pc;
            }
            if (line.strip().equals("=")) {
                return c.next - 1;
            }
            pausing = true;
            Tracer.Level savedLevel = traceLevel;
            traceResults = false;
            traceIntermediates = false;
            interpretDepth++;
            try {
                int r = execute(Parser.parseInterpret(line, c.line), 0, true);
                if (r < 0) {
                    return r == SIGNAL_PENDING && interpretDepth == 1 ? pendingTarget : r;
                }
            } catch (RexxError e) {
                trace.clause(c.line, ErrorText.cmsMessage(e.number(), program.name(), c.line), "+++");
            } finally {
                interpretDepth--;
                pausing = false;
                if (traceLevel == savedLevel) {
                    setTrace(traceLevel, interactive);
                }
            }
        }
    }

    private int syntaxError(RexxError e, Clause c) {
        Condition.Trap trap = traps[Condition.SYNTAX.ordinal()];
        if (trap == null) {
            e.traceback(c.line, c.text);
            throw e;
        }
        vars.set("RC", Integer.toString(e.number()));
        return trapped(Condition.SYNTAX, trap, e.getMessage(), e.line());
    }

    /** Completes a SIGNAL inside this routine: ends its loops and goes to {@code target}. */
    int signal(int target) {
        loops.clear();
        if (interpretDepth > 0) {
            pendingTarget = target;
            return SIGNAL_PENDING;
        }
        return target;
    }

    int labelIndex(String label) {
        Integer index = program.labels().get(label);
        if (index == null) {
            throw new RexxError(16, "Label not found: \"" + label + "\"");
        }
        return index;
    }

    /** Raises a trapped condition by SIGNAL: the trap goes off, SIGL is set, the loop jumps. */
    private int trapped(Condition condition, Condition.Trap trap, String description, int line) {
        traps[condition.ordinal()] = null;
        raised = new Condition.Raised(condition, description, false, "OFF");
        vars.set("SIGL", Integer.toString(line));
        return signal(labelIndex(trap.label()));
    }

    /** A reference to an unset variable: its own name, or the NOVALUE condition if trapped. */
    String novalue(String name) {
        Condition.Trap trap = traps[Condition.NOVALUE.ordinal()];
        if (trap != null) {
            traps[Condition.NOVALUE.ordinal()] = null;
            raised = new Condition.Raised(Condition.NOVALUE, name, false, "OFF");
            throw new ControlTransfer.Signal(labelIndex(trap.label()));
        }
        return name;
    }

    /** HALT (the user's HI): the trap if set, else error 4. Checked at loop ends and calls. */
    void checkHalt(int line) {
        if (!interpreter.host.haltRequested()) {
            return;
        }
        Condition.Trap trap = traps[Condition.HALT.ordinal()];
        if (trap == null) {
            throw new RexxError(4);
        }
        if (trap.call()) {
            callTrap(Condition.HALT, trap, "HI", line);
            return;
        }
        traps[Condition.HALT.ordinal()] = null;
        raised = new Condition.Raised(Condition.HALT, "HI", false, "OFF");
        vars.set("SIGL", Integer.toString(line));
        throw new ControlTransfer.Signal(labelIndex(trap.label()));
    }

    private void callTrap(Condition condition, Condition.Trap trap, String description, int line) {
        raised = new Condition.Raised(condition, description, true, "DELAY");
        vars.set("SIGL", Integer.toString(line));
        Activation handler = new Activation(this);
        handler.traps[condition.ordinal()] = null;
        handler.runInternal(labelIndex(trap.label()));
        raised = new Condition.Raised(condition, description, true, "ON");
    }

    /** Sends a command to the current environment and deals with RC, trace and ERROR/FAILURE. */
    int command(String environment, String command, Clause c) {
        if (traceLevel == Tracer.Level.INTERMEDIATES || traceLevel == Tracer.Level.RESULTS) {
            trace.intermediate(">>>", command);
        }
        int rc = interpreter.host.command(environment, command, variablePool());
        vars.set("RC", Integer.toString(rc));
        if (rc == 0) {
            return c.next;
        }
        boolean failure = rc < 0;
        boolean traceIt = traceLevel == Tracer.Level.ERROR || (failure && (traceLevel == Tracer.Level.FAILURE
                || traceLevel == Tracer.Level.NORMAL)) || traceLevel == Tracer.Level.COMMANDS || traceLevel.clauses();
        if (traceIt) {
            if (!traceLevel.clauses() && traceLevel != Tracer.Level.COMMANDS) {
                trace.clause(c.line, c.text, "*-*");
            }
            trace.returnCode(rc);
        }
        Condition condition = failure && traps[Condition.FAILURE.ordinal()] != null ? Condition.FAILURE
                : failure && traps[Condition.ERROR.ordinal()] == null ? Condition.FAILURE : Condition.ERROR;
        Condition.Trap trap = traps[condition.ordinal()];
        if (trap == null) {
            return c.next;
        }
        if (trap.call()) {
            callTrap(condition, trap, command, c.line);
            return c.next;
        }
        return trapped(condition, trap, command, c.line);
    }

    /** A direct name: the stem (or simple name) upper-cased, the tail exactly as given. */
    private static String directName(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name.toUpperCase() : name.substring(0, dot + 1).toUpperCase() + name.substring(dot + 1);
    }

    /** This routine's variables for host commands, by direct (already substituted) names. */
    VariablePool variablePool() {
        Variables pool = vars;
        return new VariablePool() {
            @Override
            public String get(String name) {
                return pool.get(directName(name));
            }

            @Override
            public void set(String name, String value) {
                pool.set(directName(name), value);
            }

            @Override
            public void drop(String name) {
                pool.drop(directName(name));
            }
        };
    }

    /** Runs an internal routine from its label in a new activation; returns RESULT or null. */
    String runInternal(int labelIndex) {
        procedureAllowedAt = labelIndex + 1;
        execute(program.code(), labelIndex, false);
        return result;
    }

    /** A function call in an expression: the routine must return data (error 44 otherwise). */
    String callFunction(Expr.FunctionCall f, String[] args) {
        if (!f.resolved) {
            f.resolved = true;
            if (f.quoted || !program.labels().containsKey(f.name)) {
                f.builtin = Builtins.find(f.name);
            }
        }
        if (f.builtin != null) {
            return f.builtin.call(this, args);
        }
        String r = invoke(f.name, f.quoted, args, Invocation.FUNCTION, f.line);
        if (r == null) {
            throw new RexxError(44, "No data returned from function \"" + f.name + "\"");
        }
        return r;
    }

    /** CALL or function: internal label, then built-in, then host function, then external routine. */
    String invoke(String name, boolean quoted, String[] args, Invocation how, int line) {
        if (!quoted) {
            Integer label = program.labels().get(name);
            if (label != null) {
                vars.set("SIGL", Integer.toString(line));
                Activation callee = new Activation(this);
                callee.arguments = args;
                return callee.runInternal(label);
            }
        }
        Builtins.Function builtin = Builtins.find(name);
        if (builtin != null) {
            return builtin.call(this, args);
        }
        var hostResult = interpreter.host.callFunction(name, java.util.Arrays.asList(args));
        if (hostResult.isPresent()) {
            return hostResult.get();
        }
        Program external = interpreter.external(name, program.name());
        if (external == null) {
            throw new RexxError(43, "Routine not found: \"" + name + "\"");
        }
        Activation callee = new Activation(interpreter, external, how);
        callee.arguments = args;
        callee.setTrace(traceLevel, interactive);
        return callee.runExternal();
    }

    /** Runs this activation's program from the start as a main program or external routine. */
    String runExternal() {
        try {
            execute(program.code(), 0, false);
            return result;
        } catch (ControlTransfer.Exit exit) {
            return exit.value;
        }
    }
}
