package vm370.s370.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The macro language and open-code conditional assembly (HLASM Language Reference, "How to
 * specify macro definitions", "Conditional assembly instructions"): reads statements, keeps
 * macro definitions (from the source or from library members), expands calls with substitution,
 * and hands every ordinary statement to pass 1 in order.
 */
final class MacroProcessor {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 4064;

    private final Assembly assembly;
    private final SourceLoader loader;
    private final Map<String, MacroDefinition> macros = new HashMap<>();
    private final Set<String> notInLibrary = new HashSet<>();
    private final VariableSymbols variables;
    private final int statementLimit;
    private int sysndx;
    private boolean ended;

    MacroProcessor(Assembly assembly, SourceLoader loader, int statementLimit) {
        this.assembly = assembly;
        this.statementLimit = statementLimit;
        this.loader = loader;
        this.variables = new VariableSymbols(assembly);
    }

    void run(List<String> source) {
        List<SourceLine> lines = loader.statements(source);
        MacroFrame open = new MacroFrame(null, lines, sequences(lines), Map.of(), List.of(""), "", 0, 0);
        variables.lookahead = name -> lookahead(lines, name);
        interpret(open);
    }

    /**
     * Attributes of a symbol not defined yet, from the open-code statement that will define it:
     * type and length of an instruction, DC/DS, EQU or section (HLASM "Lookahead").
     */
    private Symbol lookahead(List<SourceLine> lines, String name) {
        int depth = 0;
        for (SourceLine line : lines) {
            String op = line.operation();
            if (op.equals("MACRO")) {
                depth++;
            } else if (op.equals("MEND")) {
                depth--;
            } else if (depth == 0 && name.equals(line.label())) {
                Symbol symbol = new Symbol(name);
                Operation operation = Directive.operation(op);
                try {
                    switch (operation) {
                        case Operation.Machine(vm370.s370.isa.Opcode o) -> symbol.length = o.format().length();
                        case ExtendedMnemonic m -> symbol.length = m.base().format().length();
                        case Directive d when d == Directive.DC || d == Directive.DS -> {
                            Constant c = assembly.constants.parse(OperandList.split(line.fields().operands()).get(0), true);
                            symbol.type = c.type();
                            symbol.length = c.lengthAttribute();
                            return symbol;
                        }
                        case Directive d when d == Directive.CSECT || d == Directive.DSECT || d == Directive.START -> {
                            symbol.type = 'J';
                            return symbol;
                        }
                        case Directive d -> {
                            return symbol;
                        }
                        case null -> {
                            symbol.type = 'M';
                            return symbol;
                        }
                    }
                } catch (SourceError e) {
                    return null;
                }
                symbol.type = 'I';
                return symbol;
            }
        }
        return null;
    }

    // ---- interpretation

    private void interpret(MacroFrame frame) {
        int pc = 0;
        while (pc < frame.lines.size() && !ended) {
            if (assembly.statements.size() >= statementLimit) {
                assembly.diagnose(null, Message.TOO_MANY_STATEMENTS, statementLimit);
                ended = true;
                return;
            }
            SourceLine line = frame.lines.get(pc++);
            int at = frame.isOpenCode() ? 0 : frame.callStatement;
            try {
                if (line.comment()) {
                    comment(frame, line);
                    continue;
                }
                String op = line.operation();
                switch (op) {
                    case "MACRO" -> pc = define(frame.lines, pc - 1, frame.isOpenCode());
                    case "MEND", "MEXIT" -> {
                        list(frame, line);
                        if (!frame.isOpenCode()) {
                            return;
                        }
                    }
                    case "LCLA", "LCLB", "LCLC", "GBLA", "GBLB", "GBLC" -> {
                        at = list(frame, line);
                        declare(frame, op.charAt(0) == 'G', op.charAt(3), line.fields().operands());
                    }
                    case "SETA", "SETB", "SETC" -> {
                        at = list(frame, line);
                        set(frame, op.charAt(3), line.label(), line.fields().operands());
                    }
                    case "AIF", "AGO" -> {
                        at = list(frame, line);
                        int target = branch(frame, op.equals("AIF"), line.fields().operands());
                        if (target >= 0) {
                            if (--frame.actr < 0) {
                                throw new SourceError(Message.ACTR_EXCEEDED, frame.isOpenCode() ? "open code" : frame.definition.name());
                            }
                            pc = target;
                        }
                    }
                    case "ANOP", "COPY" -> list(frame, line);
                    case "ACTR" -> {
                        at = list(frame, line);
                        frame.actr = (int) new ConditionalExpression(variables, frame).arithmetic(line.fields().operands());
                    }
                    case "MNOTE" -> mnote(frame, line);
                    default -> model(frame, line);
                }
                if (line.fault() != null) {
                    assembly.diagnose(null, Message.COPY_MISSING, line.fault());
                }
            } catch (SourceError e) {
                assembly.diagnose(at == 0 ? assembly.statements.size() : at, e.kind().severity(),
                        e.kind().id(e.kind().severity()), e.text());
                if (e.kind() == Message.ACTR_EXCEEDED || e.kind() == Message.UNDEFINED_SEQUENCE
                        || e.kind() == Message.MACRO_NESTING) {
                    return;
                }
            }
        }
    }

    private void comment(MacroFrame frame, SourceLine line) {
        if (frame.isOpenCode()) {
            assembly.add(Statement.Kind.LISTED, line.lines(), false, line.fields());
        } else if (line.lines()[0].startsWith("*")) {
            assembly.add(Statement.Kind.LISTED, new String[] {line.lines()[0]}, true, line.fields());
        }
    }

    /** Lists a conditional-assembly statement of open code; returns its number (0 inside macros). */
    private int list(MacroFrame frame, SourceLine line) {
        if (!frame.isOpenCode()) {
            return frame.callStatement;
        }
        return assembly.add(Statement.Kind.LISTED, line.lines(), false, line.fields()).number;
    }

    /** A model statement: substituted, then a macro call or an ordinary statement. */
    private void model(MacroFrame frame, SourceLine line) {
        String[] lines;
        SourceText.Fields fields;
        boolean generated = !frame.isOpenCode();
        // Open code without variable symbols (nearly all of it) goes straight through, unchanged.
        String text = generated || hasAmpersand(line.lines()) ? modelText(line) : null;
        if (text != null && text.indexOf('&') >= 0) {
            String substituted = substituteFields(frame, text);
            fields = SourceText.split(new String[] {substituted}, false);
            lines = generated ? new String[] {substituted} : line.lines();
        } else {
            fields = line.fields();
            lines = generated ? new String[] {text} : line.lines();
        }
        if (fields.label().startsWith(".")) {
            fields = new SourceText.Fields("", fields.operation(), fields.operands(), fields.remarks());
        }
        String op = fields.operation();
        if (op.isEmpty()) {
            assembly.add(Statement.Kind.LISTED, lines, generated, fields);
            return;
        }
        MacroDefinition macro = Directive.operation(op) == null ? macro(op) : null;
        if (macro != null) {
            Statement call = assembly.add(Statement.Kind.LISTED, lines, generated, fields);
            if (frame.depth >= MAX_DEPTH) {
                throw new SourceError(Message.MACRO_NESTING, op);
            }
            expand(macro, fields, call.number, frame.depth + 1);
            return;
        }
        assembly.add(Statement.Kind.ORDINARY, lines, generated, fields);
        if (op.equals("END")) {
            ended = true;
        }
    }

    /**
     * Substitutes the name, operation and operand fields of a model statement, keeping the
     * operation and operands in their columns where the substituted text leaves room.
     */
    private String substituteFields(MacroFrame frame, String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) != ' ') {
            i++;
        }
        String label = text.charAt(0) == '.' ? " ".repeat(i) : variables.substitute(frame, text.substring(0, i));
        i = SourceText.skipBlanks(text, i);
        int opStart = i;
        while (i < n && text.charAt(i) != ' ') {
            i++;
        }
        String op = variables.substitute(frame, text.substring(opStart, i));
        i = SourceText.skipBlanks(text, i);
        int operandStart = i;
        int operandEnd = SourceText.scanOperands(text, i, SourceText.isConditional(SourceText.upper(op)));
        String operands = variables.substitute(frame, text.substring(operandStart, operandEnd));
        StringBuilder out = new StringBuilder(n + 16).append(label);
        do {
            out.append(' ');
        } while (out.length() < opStart);
        out.append(op);
        if (!operands.isEmpty()) {
            do {
                out.append(' ');
            } while (out.length() < operandStart);
            out.append(operands);
        }
        return out.append(text, operandEnd, n).toString();
    }

    private static boolean hasAmpersand(String[] lines) {
        for (String l : lines) {
            if (l.indexOf('&') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The statement as one line: its first line's columns, or the fields rebuilt when it was continued. */
    private static String modelText(SourceLine line) {
        if (line.lines().length == 1) {
            return SourceText.columns(line.lines()[0], 0);
        }
        SourceText.Fields f = line.fields();
        StringBuilder sb = new StringBuilder(80);
        sb.append(f.label());
        do {
            sb.append(' ');
        } while (sb.length() < 9);
        sb.append(f.operation()).append(' ');
        while (sb.length() < 15) {
            sb.append(' ');
        }
        sb.append(f.operands());
        if (!f.remarks().isEmpty()) {
            sb.append(' ').append(f.remarks());
        }
        return sb.toString();
    }

    private void mnote(MacroFrame frame, SourceLine line) {
        String operands = variables.substitute(frame, line.fields().operands());
        int comma = operands.startsWith("'") ? -1 : operands.indexOf(',');
        String severityText = comma < 0 ? "" : operands.substring(0, comma).strip();
        String message = comma < 0 ? operands : operands.substring(comma + 1);
        if (message.startsWith("'") && message.endsWith("'") && message.length() >= 2) {
            message = message.substring(1, message.length() - 1).replace("''", "'");
        }
        String[] lines = frame.isOpenCode() ? line.lines() : new String[] {substituteFields(frame, modelText(line))};
        Statement s = assembly.add(Statement.Kind.LISTED, lines, !frame.isOpenCode(), line.fields());
        if (severityText.equals("*")) {
            return;
        }
        int number = severityText.isEmpty() ? 0 : (int) SetValue.selfDefining(severityText);
        Severity severity = Severity.ofMnote(number);
        assembly.diagnose(s.number, severity, Message.MNOTE.id(severity), Message.MNOTE.text(number + "," + message));
    }

    // ---- definitions

    /** Reads a definition from MACRO at {@code start}, listing it if asked; returns the index after its MEND. */
    private int define(List<SourceLine> lines, int start, boolean listed) {
        int depth = 0;
        int end = -1;
        for (int i = start; i < lines.size(); i++) {
            String op = lines.get(i).operation();
            if (op.equals("MACRO")) {
                depth++;
            } else if (op.equals("MEND") && --depth == 0) {
                end = i;
                break;
            }
        }
        int last = end < 0 ? lines.size() - 1 : end;
        if (listed) {
            for (int i = start; i <= last; i++) {
                SourceLine l = lines.get(i);
                assembly.add(Statement.Kind.LISTED, l.lines(), false, l.fields());
            }
        }
        String name = start + 1 < lines.size() ? lines.get(start + 1).operation() : "";
        if (end < 0) {
            assembly.diagnose(null, Message.UNTERMINATED_MACRO, name.isEmpty() ? "(no name)" : name);
            return lines.size();
        }
        if (start + 1 < end) {
            MacroDefinition definition = definition(lines.get(start + 1), lines.subList(start + 2, end + 1));
            macros.put(definition.name(), definition);
        }
        return end + 1;
    }

    private MacroDefinition definition(SourceLine prototype, List<SourceLine> body) {
        String label = prototype.label();
        String labelParameter = label.startsWith("&") ? label.substring(1) : null;
        List<String> positional = new ArrayList<>();
        Map<String, String> keywords = new LinkedHashMap<>();
        for (String operand : OperandList.split(prototype.fields().operands())) {
            String p = operand.strip();
            if (!p.startsWith("&")) {
                throw new SourceError(Message.INVALID_VARIABLE, p);
            }
            int equals = p.indexOf('=');
            if (equals < 0) {
                positional.add(SourceText.upper(p.substring(1)));
            } else {
                keywords.put(SourceText.upper(p.substring(1, equals)), p.substring(equals + 1));
            }
        }
        List<SourceLine> copy = List.copyOf(body);
        return new MacroDefinition(prototype.operation(), labelParameter, positional, keywords, copy, sequences(copy));
    }

    /** Sequence symbols by name, outside nested macro definitions. */
    private Map<String, Integer> sequences(List<SourceLine> lines) {
        Map<String, Integer> out = new HashMap<>();
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String op = line.operation();
            if (op.equals("MACRO")) {
                depth++;
                continue;
            }
            if (depth == 0 && line.label().startsWith(".") && out.putIfAbsent(line.label(), i) != null) {
                assembly.diagnose(null, Message.PREVIOUSLY_DEFINED_SEQUENCE, line.label());
            }
            if (op.equals("MEND")) {
                depth--;
            }
        }
        return out;
    }

    /** A macro by name: defined already, or read from a library member. */
    private MacroDefinition macro(String name) {
        MacroDefinition macro = macros.get(name);
        if (macro != null || notInLibrary.contains(name)) {
            return macro;
        }
        Optional<List<String>> member = loader.member(name);
        if (member.isEmpty()) {
            notInLibrary.add(name);
            return null;
        }
        List<SourceLine> lines = loader.statements(member.get());
        int i = 0;
        while (i < lines.size() && lines.get(i).comment()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).operation().equals("MACRO")) {
            notInLibrary.add(name);
            return null;
        }
        define(lines, i, false);
        macro = macros.get(name);
        if (macro == null) {
            notInLibrary.add(name);
        }
        return macro;
    }

    // ---- expansion

    private void expand(MacroDefinition macro, SourceText.Fields call, int callStatement, int depth) {
        Map<String, String> parameters = new HashMap<>();
        List<String> syslist = new ArrayList<>();
        syslist.add(call.label());
        if (macro.labelParameter() != null) {
            parameters.put(macro.labelParameter(), call.label());
        }
        for (Map.Entry<String, String> k : macro.keywords().entrySet()) {
            parameters.put(k.getKey(), k.getValue());
        }
        for (String operand : OperandList.split(call.operands())) {
            int equals = operand.indexOf('=');
            if (equals > 0 && !operand.startsWith("'") && !operand.startsWith("(")) {
                String key = SourceText.upper(operand.substring(0, equals));
                if (macro.keywords().containsKey(key)) {
                    parameters.put(key, operand.substring(equals + 1));
                    continue;
                }
                if (key.chars().allMatch(c -> SourceText.isNameChar((char) c))) {
                    assembly.diagnose(callStatement, Severity.WARNING, Message.UNDEFINED_KEYWORD.id(Severity.WARNING),
                            Message.UNDEFINED_KEYWORD.text(key));
                }
            }
            syslist.add(operand);
        }
        for (int i = 0; i < macro.positional().size(); i++) {
            parameters.put(macro.positional().get(i), i + 1 < syslist.size() ? syslist.get(i + 1) : "");
        }
        String number = Integer.toString(++sysndx);
        String index = number.length() >= 4 ? number : "0000".substring(number.length()) + number;
        MacroFrame frame = new MacroFrame(macro, macro.body(), macro.sequences(), parameters, syslist, index, depth,
                callStatement);
        interpret(frame);
    }

    // ---- SET symbols

    private void declare(MacroFrame frame, boolean global, char type, String operands) {
        for (String operand : OperandList.split(operands)) {
            String name = operand.strip();
            if (!name.startsWith("&")) {
                throw new SourceError(Message.INVALID_VARIABLE, name);
            }
            int paren = name.indexOf('(');
            String bare = SourceText.upper(paren < 0 ? name.substring(1) : name.substring(1, paren));
            if (global) {
                variables.declareGlobal(bare, type, paren >= 0);
                frame.globalNames.add(bare);
            } else {
                frame.locals.put(bare, new SetSymbol(type, paren >= 0));
            }
        }
    }

    private void set(MacroFrame frame, char type, String label, String operand) {
        if (!label.startsWith("&")) {
            throw new SourceError(Message.INVALID_VARIABLE, label);
        }
        int paren = label.indexOf('(');
        String name = SourceText.upper(paren < 0 ? label.substring(1) : label.substring(1, paren));
        ConditionalExpression expression = new ConditionalExpression(variables, frame);
        int subscript = 0;
        if (paren >= 0) {
            subscript = (int) expression.arithmetic(label.substring(paren + 1, label.length() - 1));
        }
        SetSymbol symbol = variables.setSymbol(frame, name);
        if (symbol == null) {
            symbol = new SetSymbol(type, paren >= 0);
            frame.locals.put(name, symbol);
        }
        SetValue value = expression.evaluate(operand);
        if (value instanceof SetValue.Characters(String text) && text.length() > MAX_STRING) {
            assembly.diagnose(frame.isOpenCode() ? assembly.statements.size() : frame.callStatement, Message.STRING_TOO_LONG.severity(),
                    Message.STRING_TOO_LONG.id(Message.STRING_TOO_LONG.severity()), Message.STRING_TOO_LONG.text(name));
            value = new SetValue.Characters(text.substring(0, MAX_STRING));
        }
        symbol.set(subscript, switch (symbol.type) {
            case 'A' -> value instanceof SetValue.Arithmetic ? value : new SetValue.Arithmetic(value.number());
            case 'B' -> SetValue.of(value.bool());
            default -> value instanceof SetValue.Characters ? value : new SetValue.Characters(value.text());
        });
    }

    // ---- branches

    /** The line index an AIF or AGO goes to, or -1 to fall through. */
    private int branch(MacroFrame frame, boolean conditional, String operand) {
        String target = operand;
        if (operand.startsWith("(")) {
            int close = ConstantParser.closingParenthesis(operand, 0);
            if (close < 0) {
                throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
            }
            SetValue value = new ConditionalExpression(variables, frame).evaluate(operand.substring(1, close));
            target = operand.substring(close + 1);
            if (conditional) {
                if (!value.bool()) {
                    return -1;
                }
            } else {
                List<String> targets = OperandList.split(target);
                long n = value.number();
                if (n < 1 || n > targets.size()) {
                    return -1;
                }
                target = targets.get((int) n - 1);
            }
        } else if (conditional) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
        Integer index = frame.sequences.get(SourceText.upper(target.strip()));
        if (index == null) {
            throw new SourceError(Message.UNDEFINED_SEQUENCE, target);
        }
        return index;
    }

}
