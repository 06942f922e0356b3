package vm370.cms.rexx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the operands of keyword instructions (ANSI X3.274 section 8.3) into clauses: ADDRESS,
 * ARG, CALL, DO headers, DROP, EXIT, INTERPRET, ITERATE, LEAVE, NOP, NUMERIC, OPTIONS, PARSE,
 * PROCEDURE, PULL, PUSH, QUEUE, RETURN, SAY, SIGNAL and TRACE.
 */
final class InstructionParser {

    private static final Set<String> NONE = Set.of();
    private static final Set<String> DO_STOPS = Set.of("TO", "BY", "FOR", "WHILE", "UNTIL");
    private static final Set<String> CONDITION_STOPS = Set.of("WHILE", "UNTIL");

    private InstructionParser() {
    }

    /** The clause for a keyword instruction, or null when the first symbol is not a keyword. */
    static Clause keyword(List<Token> clause, String text) {
        int line = clause.getFirst().line();
        ExpressionParser e = new ExpressionParser(clause, 1);
        Clause c = switch (clause.getFirst().text()) {
            case "SAY" -> new Statements.Say(line, text, e.expression(NONE));
            case "NOP" -> new Statements.Nop(line, text);
            case "OPTIONS" -> {
                e.required(NONE);
                yield new Statements.Nop(line, text);
            }
            case "EXIT" -> new Clauses.Return(line, text, e.expression(NONE), true);
            case "RETURN" -> new Clauses.Return(line, text, e.expression(NONE), false);
            case "INTERPRET" -> new Clauses.Interpret(line, text, e.required(NONE));
            case "PUSH" -> new Statements.Stack(line, text, e.expression(NONE), true);
            case "QUEUE" -> new Statements.Stack(line, text, e.expression(NONE), false);
            case "LEAVE", "ITERATE" -> new Clauses.LeaveOrIterate(line, text, optionalSymbol(e),
                    clause.getFirst().text().equals("LEAVE"));
            case "DROP" -> new Statements.Drop(line, text, names(e));
            case "PROCEDURE" -> procedure(e, line, text);
            case "NUMERIC" -> numeric(e, line, text);
            case "TRACE" -> new Statements.Trace(line, text, constantOrExpression(e));
            case "ADDRESS" -> address(e, line, text);
            case "CALL" -> call(e, line, text);
            case "SIGNAL" -> signal(e, line, text);
            case "PARSE" -> parse(e, line, text);
            case "ARG" -> new ParseInstruction(line, text, ParseInstruction.Source.ARG, true, null, templates(e));
            case "PULL" -> new ParseInstruction(line, text, ParseInstruction.Source.PULL, true, null, templates(e));
            default -> null;
        };
        if (c != null) {
            Parser.endOfClause(e);
        }
        return c;
    }

    private static RexxError error(int number, String detail, int line) {
        return new RexxError(number, detail).at(line);
    }

    private static String optionalSymbol(ExpressionParser e) {
        Token t = e.peek();
        if (t == null) {
            return null;
        }
        if (t.kind() != Token.Kind.SYMBOL) {
            throw error(20, "Symbol expected", t.line());
        }
        e.next();
        return t.text();
    }

    private static String requiredSymbol(ExpressionParser e, int line) {
        String s = optionalSymbol(e);
        if (s == null) {
            throw error(20, "Symbol expected", line);
        }
        return s;
    }

    private static List<Statements.NameItem> names(ExpressionParser e) {
        List<Statements.NameItem> names = new ArrayList<>();
        while (!e.atEnd()) {
            Token t = e.next();
            if (t.kind() == Token.Kind.LEFT_PAREN) {
                Token name = e.next();
                Token close = e.next();
                if (name == null || name.kind() != Token.Kind.SYMBOL || close == null || close.kind() != Token.Kind.RIGHT_PAREN) {
                    throw error(20, "Symbol expected in parentheses", t.line());
                }
                names.add(new Statements.NameItem(ExpressionParser.symbol(name.text()), true));
            } else if (t.kind() == Token.Kind.SYMBOL && !t.isConstantSymbol()) {
                names.add(new Statements.NameItem(ExpressionParser.symbol(t.text()), false));
            } else {
                throw error(20, "Symbol expected, found \"" + t.text() + "\"", t.line());
            }
        }
        return names;
    }

    private static Clause procedure(ExpressionParser e, int line, String text) {
        if (e.atEnd()) {
            return new Statements.Procedure(line, text, List.of());
        }
        if (!e.atSymbol("EXPOSE")) {
            throw error(25, "PROCEDURE must be followed by EXPOSE or nothing", line);
        }
        e.next();
        return new Statements.Procedure(line, text, names(e));
    }

    private static Clause numeric(ExpressionParser e, int line, String text) {
        String which = requiredSymbol(e, line);
        return switch (which) {
            case "DIGITS" -> new Statements.NumericSetting(line, text, 'D', e.expression(NONE));
            case "FUZZ" -> new Statements.NumericSetting(line, text, 'F', e.expression(NONE));
            case "FORM" -> {
                if (e.atSymbol("VALUE")) {
                    e.next();
                    yield new Statements.NumericSetting(line, text, 'M', e.required(NONE));
                }
                Token t = e.peek();
                if (t != null && t.kind() == Token.Kind.SYMBOL) {
                    e.next();
                    yield new Statements.NumericSetting(line, text, 'M', new Expr.Literal(t.text()));
                }
                yield new Statements.NumericSetting(line, text, 'M', e.expression(NONE));
            }
            default -> throw error(25, "NUMERIC must be followed by DIGITS, FUZZ or FORM; found \"" + which + "\"", line);
        };
    }

    /** TRACE and ADDRESS-style operands: a symbol is taken as a constant; VALUE or anything else is an expression. */
    private static Expr constantOrExpression(ExpressionParser e) {
        Token t = e.peek();
        if (t == null) {
            return null;
        }
        if (t.isSymbol("VALUE")) {
            e.next();
            return e.required(NONE);
        }
        if (t.kind() == Token.Kind.SYMBOL || t.kind() == Token.Kind.STRING) {
            e.next();
            return new Expr.Literal(t.text());
        }
        return e.required(NONE);
    }

    private static Clause address(ExpressionParser e, int line, String text) {
        Token t = e.peek();
        if (t == null) {
            return new Statements.Address(line, text, null, null, false);
        }
        if (t.isSymbol("VALUE") || t.kind() == Token.Kind.LEFT_PAREN) {
            if (t.isSymbol("VALUE")) {
                e.next();
            }
            return new Statements.Address(line, text, null, e.required(NONE), false);
        }
        if (t.kind() != Token.Kind.SYMBOL && t.kind() != Token.Kind.STRING) {
            throw error(19, "String or symbol expected after ADDRESS", line);
        }
        e.next();
        Expr command = e.expression(NONE);
        return new Statements.Address(line, text, t.text(), command, command != null);
    }

    private static Clause call(ExpressionParser e, int line, String text) {
        Token t = e.next();
        if (t == null || (t.kind() != Token.Kind.SYMBOL && t.kind() != Token.Kind.STRING)) {
            throw error(19, "String or symbol expected after CALL", line);
        }
        if (t.kind() == Token.Kind.SYMBOL && (t.text().equals("ON") || t.text().equals("OFF"))) {
            return trap(e, line, text, t.text().equals("ON"), true);
        }
        List<Expr> arguments = new ArrayList<>();
        if (!e.atEnd()) {
            while (true) {
                arguments.add(e.expression(NONE));
                Token sep = e.peek();
                if (sep == null || sep.kind() != Token.Kind.COMMA) {
                    break;
                }
                e.next();
            }
        }
        return new Clauses.Call(line, text, t.text(), t.kind() == Token.Kind.STRING, arguments.toArray(new Expr[0]));
    }

    private static Clause trap(ExpressionParser e, int line, String text, boolean on, boolean call) {
        String name = requiredSymbol(e, line);
        Condition condition = Condition.of(name);
        if (condition == null || (call && !condition.callable)) {
            throw error(25, "Invalid condition \"" + name + "\" for " + (call ? "CALL" : "SIGNAL"), line);
        }
        String label = name;
        if (on && e.atSymbol("NAME")) {
            e.next();
            Token l = e.next();
            if (l == null || (l.kind() != Token.Kind.SYMBOL && l.kind() != Token.Kind.STRING)) {
                throw error(19, "String or symbol expected after NAME", line);
            }
            label = l.text();
        }
        return new Clauses.SetTrap(line, text, condition, on ? new Condition.Trap(call, label) : null);
    }

    private static Clause signal(ExpressionParser e, int line, String text) {
        Token t = e.peek();
        if (t == null) {
            throw error(19, "String or symbol expected after SIGNAL", line);
        }
        if (t.isSymbol("ON") || t.isSymbol("OFF")) {
            e.next();
            return trap(e, line, text, t.text().equals("ON"), false);
        }
        if (t.isSymbol("VALUE") || (t.kind() != Token.Kind.SYMBOL && t.kind() != Token.Kind.STRING)) {
            if (t.isSymbol("VALUE")) {
                e.next();
            }
            return new Clauses.Signal(line, text, null, e.required(NONE));
        }
        e.next();
        return new Clauses.Signal(line, text, t.text(), null);
    }

    private static Clause parse(ExpressionParser e, int line, String text) {
        boolean upper = false;
        if (e.atSymbol("UPPER")) {
            upper = true;
            e.next();
        } else if (e.atSymbol("LOWER") || e.atSymbol("CASELESS")) {
            throw error(25, "PARSE option \"" + e.peek().text() + "\" is not classic REXX", line);
        }
        String kind = requiredSymbol(e, line);
        ParseInstruction.Source source;
        Expr operand = null;
        switch (kind) {
            case "ARG" -> source = ParseInstruction.Source.ARG;
            case "PULL" -> source = ParseInstruction.Source.PULL;
            case "LINEIN", "EXTERNAL" -> source = ParseInstruction.Source.LINEIN;
            case "SOURCE" -> source = ParseInstruction.Source.SOURCE;
            case "VERSION" -> source = ParseInstruction.Source.VERSION;
            case "NUMERIC" -> source = ParseInstruction.Source.NUMERIC;
            case "VAR" -> {
                source = ParseInstruction.Source.VAR;
                Token v = e.next();
                if (v == null || v.kind() != Token.Kind.SYMBOL || v.isConstantSymbol()) {
                    throw error(20, "Symbol expected after PARSE VAR", line);
                }
                operand = ExpressionParser.symbol(v.text());
            }
            case "VALUE" -> {
                source = ParseInstruction.Source.VALUE;
                operand = e.expression(Set.of("WITH"));
                if (!e.atSymbol("WITH")) {
                    throw error(38, "PARSE VALUE needs WITH", line);
                }
                e.next();
            }
            default -> throw error(25, "Invalid PARSE source \"" + kind + "\"", line);
        }
        return new ParseInstruction(line, text, source, upper, operand, templates(e));
    }

    /** Template lists separated by commas. */
    private static List<List<ParseInstruction.Item>> templates(ExpressionParser e) {
        List<List<ParseInstruction.Item>> all = new ArrayList<>();
        List<ParseInstruction.Item> current = new ArrayList<>();
        all.add(current);
        while (!e.atEnd()) {
            Token t = e.next();
            switch (t.kind()) {
                case COMMA -> {
                    current = new ArrayList<>();
                    all.add(current);
                }
                case STRING -> current.add(new ParseInstruction.Item.Pattern(new Expr.Literal(t.text())));
                case LEFT_PAREN -> current.add(new ParseInstruction.Item.Pattern(parenthesised(e, t)));
                case SYMBOL -> {
                    if (t.text().equals(".")) {
                        current.add(new ParseInstruction.Item.Target(null));
                    } else if (t.isConstantSymbol()) {
                        current.add(new ParseInstruction.Item.Position(new Expr.Literal(t.text()), 0));
                    } else {
                        current.add(new ParseInstruction.Item.Target(ExpressionParser.symbol(t.text())));
                    }
                }
                case OPERATOR -> {
                    int sign = switch (t.text()) {
                        case "+" -> 1;
                        case "-" -> -1;
                        case "=" -> 0;
                        default -> throw error(38, "Invalid template: \"" + t.text() + "\"", t.line());
                    };
                    Token v = e.next();
                    Expr value;
                    if (v != null && v.kind() == Token.Kind.LEFT_PAREN) {
                        value = parenthesised(e, v);
                    } else if (v != null && v.isConstantSymbol()) {
                        value = new Expr.Literal(v.text());
                    } else {
                        throw error(38, "Invalid template: position expected after \"" + t.text() + "\"", t.line());
                    }
                    current.add(new ParseInstruction.Item.Position(value, sign));
                }
                default -> throw error(38, "Invalid template: \"" + t.text() + "\"", t.line());
            }
        }
        if (all.size() == 1 && current.isEmpty()) {
            all.clear();
        }
        return all;
    }

    private static Expr parenthesised(ExpressionParser e, Token open) {
        Token name = e.next();
        Token close = e.next();
        if (name == null || name.kind() != Token.Kind.SYMBOL || close == null || close.kind() != Token.Kind.RIGHT_PAREN) {
            throw error(38, "Invalid template: (symbol) expected", open.line());
        }
        return ExpressionParser.symbol(name.text());
    }

    /** A DO header: simple, FOREVER, a repetition count, or a control variable with TO/BY/FOR; then WHILE or UNTIL. */
    static Clauses.Do doHeader(List<Token> clause, String text) {
        int line = clause.getFirst().line();
        Clauses.Do loop = new Clauses.Do(line, text);
        ExpressionParser e = new ExpressionParser(clause, 1);
        if (e.atEnd()) {
            return loop;
        }
        loop.repetitive = true;
        Token t = e.peek();
        if (clause.size() >= 3 && t.kind() == Token.Kind.SYMBOL && clause.get(2).is(Token.Kind.OPERATOR, "=")) {
            if (t.isConstantSymbol()) {
                throw error(31, "Name starts with number or \".\": \"" + t.text() + "\"", line);
            }
            e.pos = 3;
            loop.control = ExpressionParser.symbol(t.text());
            loop.controlName = t.text();
            loop.initial = e.required(DO_STOPS);
            StringBuilder order = new StringBuilder();
            while (e.atSymbol("TO") || e.atSymbol("BY") || e.atSymbol("FOR")) {
                char c = e.next().text().charAt(0);
                if (order.indexOf(String.valueOf(c)) >= 0) {
                    throw error(27, "Duplicate " + c + " in DO", line);
                }
                order.append(c);
                Expr v = e.required(DO_STOPS);
                switch (c) {
                    case 'T' -> loop.to = v;
                    case 'B' -> loop.by = v;
                    default -> loop.forCount = v;
                }
            }
            loop.order = order.toString().toCharArray();
        } else if (t.isSymbol("FOREVER") && (clause.size() == 2 || clause.get(2).isSymbol("WHILE") || clause.get(2).isSymbol("UNTIL"))) {
            e.next();
        } else if (!t.isSymbol("WHILE") && !t.isSymbol("UNTIL")) {
            loop.repeat = e.required(CONDITION_STOPS);
        }
        if (e.atSymbol("WHILE")) {
            e.next();
            loop.whileCondition = e.required(NONE);
        } else if (e.atSymbol("UNTIL")) {
            e.next();
            loop.untilCondition = e.required(NONE);
        }
        Parser.endOfClause(e);
        return loop;
    }
}
