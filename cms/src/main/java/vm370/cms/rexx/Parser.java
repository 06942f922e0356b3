package vm370.cms.rexx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a REXX program once into a flat array of clauses (ANSI X3.274 sections 6 and 8): clauses
 * are recognised as labels, assignments, keyword instructions or commands; IF, SELECT and DO are
 * compiled to jumps. Instruction operands are parsed by {@link InstructionParser}.
 */
final class Parser {

    private static final Set<String> NO_STOPS = Set.of();
    private static final Set<String> THEN = Set.of("THEN");

    private final String source;
    private final List<Token> tokens;
    private int tokenPos;
    private final Deque<List<Token>> pending = new ArrayDeque<>();
    final List<Clause> code = new ArrayList<>();
    final Map<String, Integer> labels = new HashMap<>();

    private Parser(String source, int firstLine) {
        this.source = Tokenizer.normalize(source);
        this.tokens = Tokenizer.tokenize(this.source, firstLine);
    }

    static Program parse(String name, String source) {
        Parser p = new Parser(source, 1);
        p.parseAll();
        String[] lines = p.source.split("\n", -1);
        if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
            lines = java.util.Arrays.copyOf(lines, lines.length - 1);
        }
        return new Program(name, p.finish(), Map.copyOf(p.labels), lines);
    }

    /** INTERPRET: the string's clauses, numbered with the INTERPRET clause's line; its labels are not searched. */
    static Clause[] parseInterpret(String source, int line) {
        Parser p = new Parser(source, line);
        p.parseAll();
        return p.finish();
    }

    private Clause[] finish() {
        Clause[] array = code.toArray(new Clause[0]);
        for (int i = 0; i < array.length; i++) {
            array[i].next = i + 1;
        }
        return array;
    }

    private void parseAll() {
        List<Token> clause;
        while ((clause = peekClause()) != null) {
            Token first = clause.getFirst();
            if (isKeyword(clause, "END")) {
                throw new RexxError(10, "END has no matching DO or SELECT").at(first.line());
            }
            if (isKeyword(clause, "THEN") || isKeyword(clause, "ELSE")) {
                throw new RexxError(8, "Unexpected " + first.text()).at(first.line());
            }
            if (isKeyword(clause, "WHEN") || isKeyword(clause, "OTHERWISE")) {
                throw new RexxError(9, "Unexpected " + first.text()).at(first.line());
            }
            instruction();
        }
    }

    /** The next clause without taking it, splitting off labels and THEN/ELSE/OTHERWISE prefixes. */
    List<Token> peekClause() {
        if (pending.isEmpty()) {
            if (tokenPos >= tokens.size()) {
                return null;
            }
            List<Token> clause = new ArrayList<>();
            while (tokenPos < tokens.size()) {
                Token t = tokens.get(tokenPos++);
                if (t.kind() == Token.Kind.END_OF_CLAUSE) {
                    break;
                }
                clause.add(t);
            }
            if (clause.isEmpty()) {
                return peekClause();
            }
            pending.push(clause);
        }
        List<Token> clause = pending.peek();
        int split = splitPoint(clause);
        if (split > 0 && split < clause.size()) {
            pending.pop();
            pending.push(new ArrayList<>(clause.subList(split, clause.size())));
            pending.push(new ArrayList<>(clause.subList(0, split)));
        }
        return pending.peek();
    }

    private static int splitPoint(List<Token> clause) {
        if (clause.size() >= 2 && clause.get(1).kind() == Token.Kind.COLON
                && (clause.getFirst().kind() == Token.Kind.SYMBOL || clause.getFirst().kind() == Token.Kind.STRING)) {
            return 2;
        }
        if (isKeyword(clause, "THEN") || isKeyword(clause, "ELSE") || isKeyword(clause, "OTHERWISE")) {
            return 1;
        }
        return 0;
    }

    List<Token> nextClause() {
        List<Token> c = peekClause();
        if (c != null) {
            pending.pop();
        }
        return c;
    }

    void pushBack(List<Token> clause) {
        if (!clause.isEmpty()) {
            pending.push(clause);
        }
    }

    static boolean isKeyword(List<Token> clause, String keyword) {
        if (!clause.getFirst().isSymbol(keyword)) {
            return false;
        }
        return clause.size() == 1 || !(clause.get(1).is(Token.Kind.OPERATOR, "=") || clause.get(1).kind() == Token.Kind.COLON);
    }

    String text(List<Token> clause) {
        int start = clause.getFirst().start();
        int end = clause.getLast().end();
        return source.substring(start, Math.max(start, end)).replaceAll(",?[ \t]*\n[ \t]*", " ");
    }

    <C extends Clause> C emit(C clause) {
        code.add(clause);
        return clause;
    }

    /** Parses one instruction (with everything an IF, DO or SELECT contains) into the code. */
    void instruction() {
        List<Token> clause = nextClause();
        if (clause == null) {
            throw new RexxError(14, "Incomplete DO/SELECT/IF").at(tokens.isEmpty() ? 0 : tokens.getLast().line());
        }
        Token first = clause.getFirst();
        if (clause.size() == 2 && clause.get(1).kind() == Token.Kind.COLON) {
            labels.putIfAbsent(first.text(), code.size());
            emit(new Clauses.Label(first.line(), text(clause)));
            return;
        }
        if (first.kind() == Token.Kind.SYMBOL && clause.size() >= 2 && clause.get(1).is(Token.Kind.OPERATOR, "=")) {
            assignment(clause);
            return;
        }
        if (first.kind() == Token.Kind.SYMBOL && !(clause.size() >= 2 && clause.get(1).kind() == Token.Kind.COLON)) {
            switch (first.text()) {
                case "IF" -> { ifInstruction(clause); return; }
                case "DO" -> { doInstruction(clause); return; }
                case "SELECT" -> { selectInstruction(clause); return; }
                case "END", "THEN", "ELSE", "WHEN", "OTHERWISE" -> throw new RexxError(
                        first.text().equals("END") ? 10 : first.text().equals("WHEN") || first.text().equals("OTHERWISE") ? 9 : 8,
                        "Unexpected " + first.text()).at(first.line());
                default -> {
                    Clause c = InstructionParser.keyword(clause, text(clause));
                    if (c != null) {
                        emit(c);
                        return;
                    }
                }
            }
        }
        ExpressionParser e = new ExpressionParser(clause, 0);
        Expr value = e.required(NO_STOPS);
        endOfClause(e);
        emit(new Statements.Command(first.line(), text(clause), value));
    }

    private void assignment(List<Token> clause) {
        Token target = clause.getFirst();
        if (target.isConstantSymbol()) {
            throw new RexxError(31, "Name starts with number or \".\": \"" + target.text() + "\"").at(target.line());
        }
        ExpressionParser e = new ExpressionParser(clause, 2);
        Expr value = e.expression(NO_STOPS);
        endOfClause(e);
        emit(new Statements.Assign(target.line(), text(clause), ExpressionParser.symbol(target.text()),
                value == null ? new Expr.Literal("") : value));
    }

    static void endOfClause(ExpressionParser e) {
        Token t = e.peek();
        if (t != null) {
            throw new RexxError(t.kind() == Token.Kind.RIGHT_PAREN || t.kind() == Token.Kind.COMMA ? 37 : 21,
                    "Invalid data on end of clause: \"" + t.text() + "\"").at(t.line());
        }
    }

    /** After an IF or WHEN expression: THEN in the same clause (the rest is the next clause) or next. */
    private void expectThen(ExpressionParser e, List<Token> clause) {
        if (e.atSymbol("THEN")) {
            pushBack(new ArrayList<>(clause.subList(e.pos + 1, clause.size())));
            return;
        }
        endOfClause(e);
        List<Token> then = nextClause();
        if (then == null || !isKeyword(then, "THEN") || then.size() != 1) {
            throw new RexxError(18, "THEN expected").at(clause.getFirst().line());
        }
    }

    private void ifInstruction(List<Token> clause) {
        ExpressionParser e = new ExpressionParser(clause, 1);
        Expr condition = e.required(THEN);
        Clauses.If test = emit(new Clauses.If(clause.getFirst().line(), text(clause), condition));
        expectThen(e, clause);
        instruction();
        List<Token> after = peekClause();
        if (after != null && isKeyword(after, "ELSE") && after.size() == 1) {
            nextClause();
            Clauses.Jump skip = emit(new Clauses.Jump(after.getFirst().line()));
            test.otherwise = code.size();
            instruction();
            skip.target = code.size();
        } else {
            test.otherwise = code.size();
        }
    }

    private void selectInstruction(List<Token> clause) {
        if (clause.size() != 1) {
            throw new RexxError(21, "Invalid data on end of clause").at(clause.getFirst().line());
        }
        emit(new Statements.Nop(clause.getFirst().line(), text(clause)));
        List<Clauses.Jump> exits = new ArrayList<>();
        boolean anyWhen = false;
        while (true) {
            List<Token> c = nextClause();
            if (c == null) {
                throw new RexxError(14, "Incomplete SELECT").at(clause.getFirst().line());
            }
            if (isKeyword(c, "WHEN")) {
                anyWhen = true;
                ExpressionParser e = new ExpressionParser(c, 1);
                Clauses.If when = emit(new Clauses.If(c.getFirst().line(), text(c), e.required(THEN)));
                expectThen(e, c);
                instruction();
                exits.add(emit(new Clauses.Jump(c.getFirst().line())));
                when.otherwise = code.size();
            } else if (isKeyword(c, "OTHERWISE") && anyWhen) {
                while (!isEnd(peekClause())) {
                    instruction();
                }
                endClause(nextClause(), null, null);
                break;
            } else if (isKeyword(c, "END") && anyWhen) {
                emit(new Clauses.RaiseError(c.getFirst().line(), text(c), 7));
                endClause(c, null, null);
                break;
            } else {
                throw new RexxError(7, "WHEN or OTHERWISE expected").at(c.getFirst().line());
            }
        }
        for (Clauses.Jump j : exits) {
            j.target = code.size() - 1;
        }
    }

    private boolean isEnd(List<Token> c) {
        if (c == null) {
            throw new RexxError(14, "Incomplete DO/SELECT/IF").at(tokens.isEmpty() ? 0 : tokens.getLast().line());
        }
        return isKeyword(c, "END");
    }

    private void endClause(List<Token> c, Clauses.Do loop, String name) {
        if (c.size() > 2) {
            throw new RexxError(21, "Invalid data on end of clause").at(c.getFirst().line());
        }
        if (c.size() == 2) {
            String given = c.get(1).text();
            if (name == null || !name.equals(given)) {
                throw new RexxError(10, "END " + given + " does not match " + (name == null ? "DO or SELECT" : "DO " + name))
                        .at(c.getFirst().line());
            }
        }
        emit(new Clauses.End(c.getFirst().line(), text(c), loop));
    }

    private void doInstruction(List<Token> clause) {
        Clauses.Do loop = emit(InstructionParser.doHeader(clause, text(clause)));
        while (!isEnd(peekClause())) {
            instruction();
        }
        endClause(nextClause(), loop, loop.controlName);
        loop.afterEnd = code.size();
    }
}
