package vm370.cms.rexx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses expressions from one clause's tokens by precedence climbing (ANSI X3.274 section 7.4):
 * prefix operators bind tightest, then **, multiplicative, additive, concatenation (explicit,
 * blank and abuttal), comparison, &amp;, and | with &amp;&amp;. Stops at a given set of keywords.
 */
final class ExpressionParser {

    private final List<Token> tokens;
    int pos;

    ExpressionParser(List<Token> tokens, int pos) {
        this.tokens = tokens;
        this.pos = pos;
    }

    Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    Token next() {
        return pos < tokens.size() ? tokens.get(pos++) : null;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    boolean atSymbol(String keyword) {
        Token t = peek();
        return t != null && t.isSymbol(keyword);
    }

    int line() {
        Token t = peek();
        return t != null ? t.line() : tokens.isEmpty() ? 0 : tokens.getLast().line();
    }

    /** An expression up to a stop keyword or the clause end; null when there is none. */
    Expr expression(Set<String> stops) {
        Token t = peek();
        if (t == null || (t.kind() == Token.Kind.SYMBOL && stops.contains(t.text()))
                || t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.RIGHT_PAREN) {
            return null;
        }
        return binary(1, stops);
    }

    /** An expression that must be there. */
    Expr required(Set<String> stops) {
        Expr e = expression(stops);
        if (e == null) {
            throw new RexxError(35, "Expression expected").at(line());
        }
        return e;
    }

    private Expr binary(int minPriority, Set<String> stops) {
        Expr left = prefix(stops);
        while (true) {
            Token t = peek();
            if (t == null) {
                return left;
            }
            Operators.Op op;
            boolean implicit = false;
            switch (t.kind()) {
                case OPERATOR -> op = Operators.Op.of(t.text());
                case SYMBOL -> {
                    if (stops.contains(t.text())) {
                        return left;
                    }
                    op = t.spaceBefore() ? Operators.Op.CONCAT_BLANK : Operators.Op.ABUT;
                    implicit = true;
                }
                case STRING, LEFT_PAREN -> {
                    op = t.spaceBefore() ? Operators.Op.CONCAT_BLANK : Operators.Op.ABUT;
                    implicit = true;
                }
                default -> op = null;
            }
            if (op == null) {
                if (t.kind() == Token.Kind.OPERATOR) {
                    throw new RexxError(35, "Invalid expression: unexpected \"" + t.text() + "\"").at(t.line());
                }
                return left;
            }
            if (op.priority < minPriority) {
                return left;
            }
            if (!implicit) {
                pos++;
            }
            Expr right = binary(op.priority + 1, stops);
            left = combine(op, left, right);
        }
    }

    /** The node for {@code left op right}: whole-number fast nodes where the operands allow it. */
    private static Expr combine(Operators.Op op, Expr left, Expr right) {
        if (Expr.pure(left) && Expr.pure(right)) {
            switch (op) {
                case ADD, SUBTRACT, MULTIPLY, DIVIDE, INTEGER_DIVIDE, REMAINDER -> {
                    return new Expr.WholeArithmetic(op, left, right);
                }
                case EQUAL, NOT_EQUAL, NOT_EQUAL_2, NOT_EQUAL_3, GREATER, LESS, GREATER_EQUAL, LESS_EQUAL, NOT_LESS,
                     NOT_GREATER -> {
                    return new Expr.WholeComparison(op, left, right);
                }
                default -> {
                }
            }
        }
        return new Expr.Binary(op, left, right);
    }

    private Expr prefix(Set<String> stops) {
        Token t = peek();
        if (t != null && t.kind() == Token.Kind.OPERATOR
                && (t.text().equals("\\") || t.text().equals("-") || t.text().equals("+"))) {
            pos++;
            return new Expr.Prefix(t.text().charAt(0), prefix(stops));
        }
        return term(stops);
    }

    private Expr term(Set<String> stops) {
        Token t = next();
        if (t == null) {
            throw new RexxError(35, "Invalid expression: term expected").at(line());
        }
        switch (t.kind()) {
            case STRING -> {
                if (isCallParen()) {
                    return call(t.text(), true, t.line());
                }
                return new Expr.Literal(t.text());
            }
            case SYMBOL -> {
                if (isCallParen()) {
                    return call(t.text(), false, t.line());
                }
                return symbol(t.text());
            }
            case LEFT_PAREN -> {
                Expr inner = binary(1, Set.of());
                Token close = next();
                if (close == null || close.kind() != Token.Kind.RIGHT_PAREN) {
                    throw new RexxError(36, "Unmatched \"(\" in expression").at(t.line());
                }
                return inner;
            }
            default -> throw new RexxError(t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.RIGHT_PAREN ? 37 : 35,
                    "Invalid expression: unexpected \"" + t.text() + "\"").at(t.line());
        }
    }

    private boolean isCallParen() {
        Token p = peek();
        return p != null && p.kind() == Token.Kind.LEFT_PAREN && !p.spaceBefore();
    }

    private Expr call(String name, boolean quoted, int line) {
        pos++;
        List<Expr> arguments = new ArrayList<>();
        Token t = peek();
        if (t != null && t.kind() == Token.Kind.RIGHT_PAREN) {
            pos++;
            return new Expr.FunctionCall(name, new Expr[0], quoted, line);
        }
        while (true) {
            arguments.add(expression(Set.of()));
            t = next();
            if (t == null) {
                throw new RexxError(36, "Unmatched \"(\" in call of " + name).at(line);
            }
            if (t.kind() == Token.Kind.RIGHT_PAREN) {
                break;
            }
            if (t.kind() != Token.Kind.COMMA) {
                throw new RexxError(35, "Invalid expression: unexpected \"" + t.text() + "\"").at(t.line());
            }
        }
        return new Expr.FunctionCall(name, arguments.toArray(new Expr[0]), quoted, line);
    }

    /** A symbol as a term: a constant, a simple variable, a stem or a compound variable. */
    static Expr symbol(String name) {
        char c = name.charAt(0);
        if (c == '.' || (c >= '0' && c <= '9')) {
            return new Expr.Literal(name);
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return new Expr.SimpleVariable(name);
        }
        String stem = name.substring(0, dot + 1);
        if (dot == name.length() - 1) {
            return new Expr.StemReference(stem);
        }
        String[] parts = name.substring(dot + 1).split("\\.", -1);
        Expr.SimpleVariable[] variables = new Expr.SimpleVariable[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!p.isEmpty() && !(p.charAt(0) >= '0' && p.charAt(0) <= '9')) {
                variables[i] = new Expr.SimpleVariable(p);
            }
        }
        return new Expr.CompoundVariable(stem, parts, variables);
    }
}
