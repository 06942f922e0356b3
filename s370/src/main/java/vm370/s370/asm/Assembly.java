package vm370.s370.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vm370.s370.isa.Opcode;

/**
 * The state of one assembly and its pass 1: statements in listing order, symbols, sections,
 * external symbols and literal pools. Pass 1 assigns every statement its section and offset as
 * the macro processor hands it over, so attribute references see the symbols defined so far.
 */
final class Assembly implements Expression.Context {

    final List<Statement> statements = new ArrayList<>(1024);
    final Map<String, Symbol> symbols = new HashMap<>(1024);
    final List<Section> sections = new ArrayList<>();
    final Map<String, ExternalSymbol> externals = new LinkedHashMap<>();
    /** Index = relocation id; entry 0 (null) is absolute. */
    final List<Relocatable> relocatables = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<String> entries = new ArrayList<>();
    final Expression expression = new Expression(this);
    final ConstantParser constants = new ConstantParser(expression);
    private final List<Statement> pendingEquates = new ArrayList<>();

    /** The most bytes one DC may generate: more is surely a mistake, and would only fill the heap. */
    static final int MAX_CONSTANT_BYTES = 1 << 20;

    LiteralPool pool = new LiteralPool();
    Section current;
    int nextEsdId = 1;
    Integer startValue;
    /** The object deck's id (columns 73-76): the name of the first named TITLE. */
    String deckId = "";
    Statement end;
    boolean pass2;
    /** The statement being processed: its number is what symbol references record. */
    Statement statement;

    Assembly() {
        relocatables.add(null);
    }

    // ---- Expression.Context

    @Override
    public Symbol lookup(String name) {
        Symbol symbol = symbols.get(name);
        if (symbol != null && pass2 && statement != null) {
            symbol.reference(statement.number);
        }
        return symbol;
    }

    @Override
    public int location() {
        Section section = section();
        return section.origin + section.location;
    }

    @Override
    public int locationRelocationId() {
        return section().relocationId;
    }

    @Override
    public boolean finalPass() {
        return pass2;
    }

    // ---- statements

    Statement add(Statement.Kind kind, String[] lines, boolean generated, SourceText.Fields fields) {
        Statement s = new Statement(statements.size() + 1, kind, lines, generated, fields);
        statements.add(s);
        if (kind == Statement.Kind.ORDINARY) {
            pass1(s);
        }
        return s;
    }

    void diagnose(Statement at, Message message, Object... arguments) {
        diagnose(at == null ? 0 : at.number, message.severity(), message.id(message.severity()), message.text(arguments));
    }

    void diagnose(int at, Severity severity, String id, String text) {
        diagnostics.add(new Diagnostic(at, id, severity, text));
    }

    /** The current section, opening private code when nothing has been started yet. */
    Section section() {
        if (current == null) {
            current = newSection("", false);
        }
        return current;
    }

    private Section newSection(String name, boolean dummy) {
        Section s = new Section(name, dummy, relocatables.size());
        relocatables.add(s);
        if (!dummy) {
            s.esdId = nextEsdId++;
        }
        sections.add(s);
        return s;
    }

    ExternalSymbol external(String name, boolean weak) {
        ExternalSymbol e = externals.get(name);
        if (e == null) {
            e = new ExternalSymbol(name, weak, relocatables.size(), nextEsdId++);
            relocatables.add(e);
            externals.put(name, e);
        }
        return e;
    }

    // ---- pass 1

    private void pass1(Statement s) {
        statement = s;
        try {
            Operation operation = Directive.operation(s.operation);
            s.operationKind = operation;
            switch (operation) {
                case Operation.Machine(Opcode opcode) -> instruction(s, opcode.format().length());
                case ExtendedMnemonic mnemonic -> instruction(s, mnemonic.base().format().length());
                case Directive directive -> directive(s, directive);
                case null -> diagnose(s, Message.UNDEFINED_OPERATION, s.operation);
            }
        } catch (SourceError e) {
            diagnose(s.number, e.kind().severity(), e.kind().id(e.kind().severity()), e.text());
        } catch (RuntimeException e) {
            internalError(s, e);
        }
    }

    /** A fault of the assembler itself: flagged on the statement, and the assembly goes on. */
    void internalError(Statement s, RuntimeException e) {
        diagnose(s.number, Severity.UNRECOVERABLE, "ASMA999U", "Assembler internal error: " + e);
    }

    private void instruction(Statement s, int length) {
        Section section = section();
        align(section, 2);
        place(s, section, length);
        define(s, s.label, section, section.location, length, 'I');
        s.pool = pool;
        if (s.operands.indexOf('=') >= 0) {
            for (String operand : OperandList.split(s.operands)) {
                if (operand.startsWith("=")) {
                    String text = operand.substring(1);
                    pool.add(text, constants.parse(text, false));
                }
            }
        }
        section.advance(length);
    }

    private void place(Statement s, Section section, int length) {
        s.section = section;
        s.offset = section.location;
        s.length = length;
        s.showLocation = true;
    }

    static void align(Section section, int boundary) {
        int misaligned = section.location % boundary;
        if (misaligned != 0) {
            section.advance(boundary - misaligned);
        }
    }

    void define(Statement s, String label, Section section, int offset, int length, char type) {
        if (label.isEmpty() || label.charAt(0) == '.') {
            return;
        }
        try {
            checkName(label);
        } catch (SourceError e) {
            // A bad name is ignored; the statement itself is still assembled, as HLASM does.
            diagnose(s.number, e.kind().severity(), e.kind().id(e.kind().severity()), e.text());
            return;
        }
        Symbol symbol = symbols.computeIfAbsent(label, Symbol::new);
        if (symbol.defined()) {
            diagnose(s, Message.PREVIOUSLY_DEFINED, label);
            return;
        }
        symbol.section = section;
        symbol.offset = offset;
        symbol.length = length;
        symbol.type = type;
        symbol.definedAt = s.number;
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.length() > 63 || !SourceText.isNameStart(name.charAt(0))) {
            throw new SourceError(Message.SYMBOL_TOO_LONG, name);
        }
        for (int i = 1; i < name.length(); i++) {
            if (!SourceText.isNameChar(name.charAt(i))) {
                throw new SourceError(Message.BAD_NAME, name);
            }
        }
    }

    private void directive(Statement s, Directive d) {
        switch (d) {
            case DC, DS -> storage(s, d == Directive.DS);
            case EQU -> equate(s, true);
            case ORG -> origin(s);
            case CSECT, START -> controlSection(s, d == Directive.START);
            case DSECT -> dummySection(s);
            case END -> {
                end = s;
                placeLiterals(s, firstControlSection());
            }
            case USING -> {
                place(s, section(), 0);
                s.showLocation = false;
            }
            case TITLE -> {
                if (deckId.isEmpty() && !s.label.isEmpty()) {
                    deckId = s.label;
                }
            }
            case DROP, PRINT, EJECT, SPACE -> { }
            case ENTRY -> entries.addAll(OperandList.split(s.operands));
            case EXTRN, WXTRN -> externals(s, d == Directive.WXTRN);
            case CNOP -> alignInstruction(s);
            case LTORG -> {
                Section section = section();
                align(section, 8);
                place(s, section, 0);
                define(s, s.label, section, section.location, 1, 'U');
                placeLiterals(s, section);
            }
        }
    }

    private void storage(Statement s, boolean ds) {
        Section section = section();
        List<String> operands = OperandList.split(s.operands);
        if (operands.isEmpty()) {
            throw new SourceError(Message.OPERAND_EXPECTED, s.operation);
        }
        List<Constant> parsed = new ArrayList<>(operands.size());
        for (String operand : operands) {
            Constant c = constants.parse(operand, ds);
            parsed.add(c);
            if (c.type() == 'V') {
                for (Constant.Item item : c.items()) {
                    external(SourceText.upper(item.expression()), false);
                }
            }
        }
        s.constants = parsed;
        long total = 0;
        for (Constant c : parsed) {
            total += (long) c.duplication() * c.unitLength();
        }
        if (total > (ds ? 0xFFFFFF : MAX_CONSTANT_BYTES)) {
            s.constants = null;
            throw new SourceError(Message.DATA_TOO_LARGE, s.operands);
        }
        Constant first = parsed.get(0);
        align(section, first.alignment());
        int start = section.location;
        define(s, s.label, section, start, first.lengthAttribute(), first.type());
        for (Constant c : parsed) {
            align(section, c.alignment());
            section.advance(c.totalLength());
        }
        place(s, section, 0);
        s.offset = start;
        s.length = section.location - start;
    }

    /** EQU: value, optional length and type. Forward references wait for the end of pass 1. */
    boolean equate(Statement s, boolean firstTry) {
        List<String> operands = OperandList.split(s.operands);
        if (operands.isEmpty()) {
            throw new SourceError(Message.OPERAND_EXPECTED, "EQU");
        }
        if (s.label.isEmpty()) {
            return true;
        }
        expression.evaluateAll(operands.get(0));
        if (expression.unresolved) {
            if (firstTry) {
                pendingEquates.add(s);
            }
            return false;
        }
        int value = (int) expression.value;
        int relocationId = expression.simpleRelocationId();
        if (relocationId < 0) {
            throw new SourceError(Message.COMPLEX_RELOCATABLE, s.operands);
        }
        int length = expression.firstLength;
        char type = 'U';
        if (operands.size() > 1 && !operands.get(1).isEmpty()) {
            expression.evaluateAll(operands.get(1));
            length = expression.absolute(operands.get(1));
        }
        if (operands.size() > 2) {
            expression.evaluateAll(operands.get(2));
            type = (char) vm370.s370.text.Ebcdic.CP037.toChar(expression.absolute(operands.get(2)) & 0xFF);
        }
        Relocatable target = relocatables.get(relocationId);
        Section section = target instanceof Section sec ? sec : null;
        define(s, s.label, section, section == null ? value : value - section.origin, length, type);
        Symbol symbol = symbols.get(s.label);
        if (target instanceof ExternalSymbol e && symbol != null && symbol.definedAt == s.number) {
            symbol.external = e;
        }
        return true;
    }

    private void origin(Statement s) {
        Section section = section();
        if (s.operands.isEmpty()) {
            section.location = section.highWater;
        } else {
            expression.evaluateAll(s.operands);
            if (expression.unresolved || expression.simpleRelocationId() != section.relocationId) {
                throw new SourceError(Message.ORG_INVALID, s.operands);
            }
            int target = (int) expression.value - section.origin;
            if (target < 0) {
                throw new SourceError(Message.ORG_INVALID, s.operands);
            }
            section.location = target;
            section.advance(0);
        }
        place(s, section, 0);
        define(s, s.label, section, section.location, 1, 'U');
    }

    private void controlSection(Statement s, boolean start) {
        String name = s.label;
        Section section = find(name, false);
        if (section == null) {
            if (!name.isEmpty()) {
                checkName(name);
            }
            boolean first = sections.stream().noneMatch(x -> !x.dummy);
            section = newSection(name, false);
            if (start && first && !s.operands.isEmpty()) {
                expression.evaluateAll(s.operands);
                startValue = (expression.absolute(s.operands) + 7) & ~7;
            }
            defineSection(s, section);
        }
        current = section;
        place(s, section, 0);
    }

    private void dummySection(Statement s) {
        Section section = find(s.label, true);
        if (section == null) {
            if (!s.label.isEmpty()) {
                checkName(s.label);
            }
            section = newSection(s.label, true);
            defineSection(s, section);
        }
        current = section;
        place(s, section, 0);
    }

    private void defineSection(Statement s, Section section) {
        if (!section.name.isEmpty()) {
            define(s, section.name, section, 0, 1, 'J');
        }
    }

    private Section find(String name, boolean dummy) {
        for (Section section : sections) {
            if (section.name.equals(name) && section.dummy == dummy) {
                return section;
            }
        }
        return null;
    }

    private Section firstControlSection() {
        for (Section section : sections) {
            if (!section.dummy) {
                return section;
            }
        }
        return section();
    }

    private void externals(Statement s, boolean weak) {
        for (String name : OperandList.split(s.operands)) {
            String upper = SourceText.upper(name.strip());
            checkName(upper);
            Symbol symbol = symbols.computeIfAbsent(upper, Symbol::new);
            if (symbol.defined()) {
                diagnose(s, Message.PREVIOUSLY_DEFINED, upper);
                continue;
            }
            symbol.external = external(upper, weak);
            symbol.type = 'T';
            symbol.definedAt = s.number;
        }
    }

    /** CNOP b,w: to the next place where the location is b bytes past a w-byte boundary, by NOPRs. */
    private void alignInstruction(Statement s) {
        List<String> operands = OperandList.split(s.operands);
        if (operands.size() != 2) {
            throw new SourceError(Message.OPERAND_EXPECTED, s.operands);
        }
        expression.evaluateAll(operands.get(0));
        int byteOffset = expression.absolute(operands.get(0));
        expression.evaluateAll(operands.get(1));
        int boundary = expression.absolute(operands.get(1));
        if (boundary != 4 && boundary != 8 || byteOffset < 0 || byteOffset >= boundary || byteOffset % 2 != 0) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, s.operands);
        }
        Section section = section();
        align(section, 2);
        int start = section.location;
        while (section.location % boundary != byteOffset) {
            section.advance(2);
        }
        place(s, section, 0);
        s.offset = start;
        s.length = section.location - start;
        define(s, s.label, section, start, 1, 'I');
    }

    /** Places the pool's literals at the section's location (at END: its end); they are listed after {@code at}. */
    private void placeLiterals(Statement at, Section section) {
        if (pool.isEmpty() || at == null) {
            return;
        }
        int saved = section.location;
        boolean atEnd = at == end || end == null;
        if (atEnd) {
            section.location = section.highWater;
        }
        align(section, 8);
        List<Statement> placed = new ArrayList<>();
        for (LiteralPool.Literal literal : pool.ordered()) {
            Constant c = literal.constant;
            align(section, c.alignment());
            literal.section = section;
            literal.offset = section.location;
            Statement s = new Statement(0, Statement.Kind.LITERAL, new String[] {"=" + literal.text}, true,
                    new SourceText.Fields("", "DC", literal.text, ""));
            place(s, section, c.totalLength());
            s.operationKind = Directive.DC;
            s.constants = List.of(c);
            placed.add(s);
            section.advance(c.totalLength());
        }
        at.literals = placed;
        if (atEnd && current != section) {
            section.location = saved;
        }
        pool = new LiteralPool();
    }

    /** End of pass 1: forward EQUs resolved, literals left over placed, control sections given their origins. */
    void finishPass1() {
        if (end == null) {
            diagnose(null, Message.END_MISSING);
            placeLiterals(statements.isEmpty() ? null : statements.get(statements.size() - 1), firstControlSection());
        }
        for (int round = 0; round < 4 && !pendingEquates.isEmpty(); round++) {
            pendingEquates.removeIf(s -> {
                statement = s;
                try {
                    return equate(s, false);
                } catch (SourceError e) {
                    return true;
                }
            });
        }
        int origin = startValue == null ? 0 : startValue;
        for (Section section : sections) {
            if (!section.dummy) {
                section.origin = origin;
                origin = (origin + section.length() + 7) & ~7;
            }
        }
    }
}
