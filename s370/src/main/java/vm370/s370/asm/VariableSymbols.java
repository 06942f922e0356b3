package vm370.s370.asm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variable symbols of the macro language: substitution into model statements, the values of
 * parameters, &amp;SYSLIST, &amp;SYSNDX, &amp;SYSECT and SET symbols (local, or global when declared),
 * sublist elements, and the attributes L' T' K' N' I' S' D' of values and ordinary symbols.
 */
final class VariableSymbols {

    private final Assembly assembly;
    private final Map<String, SetSymbol> globals = new HashMap<>();
    /** Finds a symbol that open code defines further on (HLASM's lookahead), or null. */
    java.util.function.Function<String, Symbol> lookahead;

    VariableSymbols(Assembly assembly) {
        this.assembly = assembly;
    }

    void declareGlobal(String name, char type, boolean subscripted) {
        globals.computeIfAbsent(name, n -> new SetSymbol(type, subscripted));
    }

    SetSymbol setSymbol(MacroFrame frame, String name) {
        SetSymbol local = frame.locals.get(name);
        if (local != null) {
            return local;
        }
        return frame.globalNames.contains(name) ? globals.get(name) : null;
    }

    /** Replaces variable symbols in model text; {@code &&} stays, a period after a variable is dropped. */
    String substitute(MacroFrame frame, String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && text.charAt(i + 1) == '&') {
                out.append("&&");
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < n && SourceText.isNameChar(text.charAt(j))) {
                j++;
            }
            if (j == i + 1) {
                throw new SourceError(Message.INVALID_VARIABLE, text.substring(i));
            }
            String name = SourceText.upper(text.substring(i + 1, j));
            int sub1 = -1;
            int sub2 = -1;
            if (j < n && text.charAt(j) == '(' && subscriptable(frame, name)) {
                int close = ConstantParser.closingParenthesis(text, j);
                if (close < 0) {
                    throw new SourceError(Message.ILLEGAL_SYNTAX, text);
                }
                List<String> subs = OperandList.split(text.substring(j + 1, close));
                ConditionalExpression e = new ConditionalExpression(this, frame);
                sub1 = (int) e.arithmetic(subs.get(0));
                if (subs.size() > 1) {
                    sub2 = (int) e.arithmetic(subs.get(1));
                }
                j = close + 1;
            }
            out.append(variable(frame, name, sub1, sub2).text());
            if (j < n && text.charAt(j) == '.') {
                j++;
            }
            i = j;
        }
        return out.toString();
    }

    boolean subscriptable(MacroFrame frame, String name) {
        if (name.equals("SYSLIST") || frame.parameters.containsKey(name)) {
            return true;
        }
        SetSymbol s = setSymbol(frame, name);
        return s != null && s.subscripted;
    }

    /** The value of a variable symbol. */
    SetValue variable(MacroFrame frame, String name, int sub1, int sub2) {
        switch (name) {
            case "SYSNDX" -> {
                return new SetValue.Characters(frame.sysndx);
            }
            case "SYSECT" -> {
                return new SetValue.Characters(assembly.current == null ? "" : assembly.current.name);
            }
            case "SYSLIST" -> {
                if (sub1 < 0) {
                    throw new SourceError(Message.INVALID_VARIABLE, "&SYSLIST");
                }
                String value = sub1 < frame.syslist.size() ? frame.syslist.get(sub1) : "";
                return new SetValue.Characters(sub2 < 0 ? value : element(value, sub2));
            }
            default -> { }
        }
        String parameter = frame.parameters.get(name);
        if (parameter != null) {
            return new SetValue.Characters(sub1 < 0 ? parameter
                    : sub2 < 0 ? element(parameter, sub1) : element(element(parameter, sub1), sub2));
        }
        SetSymbol symbol = setSymbol(frame, name);
        if (symbol == null) {
            throw new SourceError(Message.UNDECLARED_VARIABLE, "&" + name);
        }
        return symbol.get(sub1 < 0 ? 0 : sub1);
    }

    /** Element {@code index} (from 1) of a sublist {@code (a,b,c)}; a value that is no sublist is its own element 1. */
    private static String element(String value, int index) {
        List<String> elements = sublist(value);
        return index >= 1 && index <= elements.size() ? elements.get(index - 1) : "";
    }

    private static List<String> sublist(String value) {
        if (value.length() >= 2 && value.charAt(0) == '(' && ConstantParser.closingParenthesis(value, 0) == value.length() - 1) {
            return OperandList.split(value.substring(1, value.length() - 1));
        }
        return value.isEmpty() ? List.of() : List.of(value);
    }

    /** An attribute of a variable symbol's value: L' T' K' N' I' S' D'. */
    SetValue attribute(MacroFrame frame, char kind, String name, int sub1, int sub2) {
        if (kind == 'N') {
            if (name.equals("SYSLIST") && sub1 < 0) {
                return new SetValue.Arithmetic(frame.syslist.size() - 1);
            }
            SetSymbol s = frame.parameters.containsKey(name) ? null : setSymbol(frame, name);
            if (s != null) {
                return new SetValue.Arithmetic(s.subscripted ? s.count() : 1);
            }
            return new SetValue.Arithmetic(sublist(variable(frame, name, sub1, sub2).text()).size());
        }
        SetValue value = variable(frame, name, sub1, sub2);
        String text = value.text();
        if (kind == 'K') {
            return new SetValue.Arithmetic(text.length());
        }
        if (kind == 'T') {
            if (text.isEmpty()) {
                return new SetValue.Characters("O");
            }
            if (text.chars().allMatch(Character::isDigit) || value instanceof SetValue.Arithmetic) {
                return new SetValue.Characters("N");
            }
        }
        return symbolAttribute(kind, SourceText.upper(text));
    }

    /** An attribute of an ordinary symbol, as far as pass 1 has defined it. */
    SetValue symbolAttribute(char kind, String name) {
        Symbol symbol = assembly.symbols.get(name);
        boolean defined = symbol != null && symbol.defined();
        if (!defined && kind != 'D' && lookahead != null) {
            symbol = lookahead.apply(name);
            defined = symbol != null;
        }
        return switch (kind) {
            case 'T' -> new SetValue.Characters(String.valueOf(defined ? symbol.type : 'U'));
            case 'L' -> new SetValue.Arithmetic(defined ? symbol.length : 1);
            case 'I' -> new SetValue.Arithmetic(defined ? Attributes.integer(symbol) : 0);
            case 'D' -> SetValue.of(defined);
            case 'K' -> new SetValue.Arithmetic(name.length());
            default -> new SetValue.Arithmetic(0);
        };
    }

    /** An ordinary symbol in a conditional expression: its value when it is a defined absolute symbol. */
    SetValue ordinaryValue(String name) {
        Symbol symbol = assembly.symbols.get(name);
        if (symbol == null || !symbol.defined() || symbol.relocationId() != 0) {
            throw new SourceError(Message.NOT_ABSOLUTE, name);
        }
        return new SetValue.Arithmetic(symbol.value());
    }
}
