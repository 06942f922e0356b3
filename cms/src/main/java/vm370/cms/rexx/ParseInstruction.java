package vm370.cms.rexx;

import java.util.List;

/**
 * PARSE [UPPER] source template (ANSI X3.274 section 8.3.17), and ARG and PULL, which are short
 * for PARSE UPPER ARG and PARSE UPPER PULL. Templates split by literal and variable patterns and
 * by absolute and relative positions; the pieces between are split into words.
 */
final class ParseInstruction extends Clause {

    /** Where the string to parse comes from. */
    enum Source { ARG, PULL, LINEIN, SOURCE, VERSION, VALUE, VAR, NUMERIC }

    /** One element of a template. */
    sealed interface Item {
        /** A variable to assign, or null for the placeholder period. */
        record Target(Expr variable) implements Item {
        }

        /** A literal string pattern, or a variable pattern {@code (name)}. */
        record Pattern(Expr value) implements Item {
        }

        /** A position: absolute ({@code 5}, {@code =(v)}) or relative ({@code +3}, {@code -(v)}). */
        record Position(Expr value, int sign) implements Item {
        }
    }

    static final String VERSION = "REXX-VM370 4.00 21 Nov 2026";

    private final Source source;
    private final boolean upper;
    private final Expr operand;
    private final List<List<Item>> templates;

    ParseInstruction(int line, String text, Source source, boolean upper, Expr operand, List<List<Item>> templates) {
        super(line, text);
        this.source = source;
        this.upper = upper;
        this.operand = operand;
        this.templates = templates;
    }

    @Override
    int execute(Activation a) {
        for (int i = 0; i < templates.size(); i++) {
            String s = source(a, i);
            if (upper) {
                s = s.toUpperCase();
            }
            parse(a, s, templates.get(i));
        }
        if (templates.isEmpty()) {
            source(a, 0);
        }
        return next;
    }

    private String source(Activation a, int template) {
        if (template > 0 && source != Source.ARG) {
            return "";
        }
        RexxHost host = a.interpreter.host;
        return switch (source) {
            case ARG -> template < a.arguments.length && a.arguments[template] != null ? a.arguments[template] : "";
            case PULL -> {
                String line = host.stack().pull();
                if (line == null) {
                    line = host.readTerminal();
                }
                yield line == null ? "" : line;
            }
            case LINEIN -> {
                String line = host.readTerminal();
                yield line == null ? "" : line;
            }
            case SOURCE -> host.systemName() + " " + a.invocation.name() + " " + a.program.name();
            case VERSION -> VERSION;
            case VALUE -> operand == null ? "" : operand.eval(a);
            case VAR -> operand.eval(a);
            case NUMERIC -> a.numeric.digits + " " + a.numeric.fuzz + " " + (a.numeric.engineering ? "ENGINEERING" : "SCIENTIFIC");
        };
    }

    private static void parse(Activation a, String s, List<Item> template) {
        int length = s.length();
        int start = 0;
        int lastMatch = 0;
        int i = 0;
        int n = template.size();
        while (i < n) {
            int firstTarget = i;
            while (i < n && template.get(i) instanceof Item.Target) {
                i++;
            }
            int end;
            int nextStart;
            if (i == n) {
                end = length;
                nextStart = length;
            } else {
                Item pattern = template.get(i++);
                if (pattern instanceof Item.Pattern p) {
                    String literal = p.value().eval(a);
                    int found = literal.isEmpty() ? -1 : s.indexOf(literal, start);
                    if (found < 0) {
                        end = length;
                        nextStart = length;
                        lastMatch = length;
                    } else {
                        end = found;
                        nextStart = found + literal.length();
                        lastMatch = found;
                    }
                } else {
                    Item.Position p = (Item.Position) pattern;
                    int value = Arithmetic.wholeNumber(p.value().eval(a), a.numeric, 26);
                    int position = p.sign() == 0 ? value - 1 : lastMatch + p.sign() * value;
                    position = Math.max(0, Math.min(length, position));
                    end = position > start ? position : length;
                    nextStart = position;
                    lastMatch = position;
                }
            }
            assignWords(a, s.substring(Math.min(start, length), Math.max(Math.min(start, length), end)),
                    template, firstTarget, targetsEnd(template, firstTarget));
            start = nextStart;
        }
    }

    private static int targetsEnd(List<Item> template, int from) {
        int i = from;
        while (i < template.size() && template.get(i) instanceof Item.Target) {
            i++;
        }
        return i;
    }

    /** Word parsing: each target but the last takes a word; the last takes the rest after one blank. */
    private static void assignWords(Activation a, String piece, List<Item> template, int from, int to) {
        int pos = 0;
        int len = piece.length();
        for (int t = from; t < to; t++) {
            Expr variable = ((Item.Target) template.get(t)).variable();
            String value;
            if (t == to - 1) {
                if (t > from && pos < len && piece.charAt(pos) == ' ') {
                    pos++;
                }
                value = piece.substring(pos);
            } else {
                while (pos < len && piece.charAt(pos) == ' ') {
                    pos++;
                }
                int wordStart = pos;
                while (pos < len && piece.charAt(pos) != ' ') {
                    pos++;
                }
                value = piece.substring(wordStart, pos);
            }
            if (variable != null) {
                if (a.traceResults) {
                    a.trace.intermediate(">>>", value);
                }
                Assigner.assign(a, variable, value);
            }
        }
    }
}
