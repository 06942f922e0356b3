package vm370.s370.asm;

import java.util.ArrayList;
import java.util.List;
import vm370.s370.isa.Format;
import vm370.s370.isa.Opcode;
import vm370.s370.isa.Operands;

/**
 * Pass 2: machine instructions through the shared {@link Format} (operands parsed by its
 * {@link Format#syntax()}, bits made by {@link Format#encode}), constants with their relocation
 * entries, and the USING state that turns implicit addresses into base and displacement.
 */
final class CodeGenerator {

    private static final int NONE = Integer.MIN_VALUE;

    private final Assembly assembly;
    private final Expression expression;
    private final UsingTable usings = new UsingTable();
    private final List<String> usingLabels = new ArrayList<>();
    final List<Relocation> relocations = new ArrayList<>();
    /** The END statement's entry point: address and ESD id, or -1. */
    int entryAddress = -1;
    int entryEsdId;
    /** Scratch for one instruction's fields; one instruction at a time. */
    private final int[] fields = new int[8];
    private int address1;
    private int address2;

    CodeGenerator(Assembly assembly) {
        this.assembly = assembly;
        this.expression = assembly.expression;
    }

    void run() {
        assembly.pass2 = true;
        for (Statement s : assembly.statements) {
            if (s.kind == Statement.Kind.ORDINARY) {
                generate(s);
            }
            if (!s.literals.isEmpty()) {
                for (Statement literal : s.literals) {
                    generate(literal);
                }
            }
        }
    }

    private void generate(Statement s) {
        assembly.statement = s;
        if (s.section != null) {
            assembly.current = s.section;
            s.section.location = s.offset;
        }
        try {
            switch (s.operationKind) {
                case Operation.Machine(Opcode opcode) -> instruction(s, opcode, -1);
                case ExtendedMnemonic m -> instruction(s, m.base(), m.mask());
                case Directive d -> directive(s, d);
                case null -> { }
            }
        } catch (SourceError e) {
            assembly.diagnose(s.number, e.kind().severity(), e.kind().id(e.kind().severity()), e.text());
            if (s.length > 0 && s.code == null && !"DS".equals(s.operation)) {
                s.code = new byte[s.length];
            }
        } catch (RuntimeException e) {
            assembly.internalError(s, e);
        }
    }

    private void directive(Statement s, Directive d) {
        switch (d) {
            case DC -> {
                if (s.constants != null) {
                    s.code = constants(s, s.constants);
                }
            }
            case EQU -> equate(s);
            case USING -> using(s);
            case DROP -> drop(s);
            case END -> end(s);
            case CNOP -> {
                s.code = new byte[s.length];
                for (int i = 0; i < s.length; i += 2) {
                    s.code[i] = 0x07;
                }
            }
            default -> { }
        }
    }

    // ---- machine instructions

    private void instruction(Statement s, Opcode opcode, int mask) {
        Format format = opcode.format();
        List<Format.OperandSyntax> syntax = format.syntax();
        List<String> operands = format == Format.S0 ? List.of() : OperandList.split(s.operands);
        int first = mask >= 0 ? 1 : 0;
        if (operands.size() < syntax.size() - first) {
            throw new SourceError(Message.OPERAND_EXPECTED, s.operands);
        }
        if (operands.size() > syntax.size() - first) {
            throw new SourceError(Message.TOO_MANY_OPERANDS, s.operands);
        }
        address1 = -1;
        address2 = -1;
        int k = 0;
        if (mask >= 0) {
            fields[k++] = mask;
        }
        for (int i = first; i < syntax.size(); i++) {
            String operand = operands.get(i - first);
            k = switch (syntax.get(i)) {
                case REGISTER -> put(k, register(operand));
                case IMMEDIATE -> put(k, immediate(operand, format == Format.SSI ? 15 : 255));
                case ADDRESS, INDEXED_ADDRESS, LENGTH_ADDRESS ->
                        storage(s, operand, syntax.get(i), format == Format.SS2 ? 16 : 256, k, i == 0 && format != Format.S);
            };
        }
        long bits = format.encode(opcode, operands(format, fields));
        s.code = new byte[format.length()];
        for (int i = 0; i < s.code.length; i++) {
            s.code[i] = (byte) (bits >>> (40 - 8 * i));
        }
        s.address1 = address1;
        s.address2 = address2;
    }

    private int put(int k, int value) {
        fields[k] = value;
        return k + 1;
    }

    /** The record of a format from the fields in source order. */
    private static Operands operands(Format format, int[] f) {
        return switch (format) {
            case RR -> new Operands.Rr(f[0], f[1]);
            case RR1 -> new Operands.R(f[0]);
            case I -> new Operands.I(f[0]);
            case RX -> new Operands.Rx(f[0], f[1], f[2], f[3]);
            case RS -> new Operands.Rs(f[0], f[1], f[2], f[3]);
            case RS2 -> new Operands.Rs(f[0], 0, f[1], f[2]);
            case SI -> new Operands.Si(f[0], f[1], f[2]);
            case SI1 -> new Operands.Si(f[0], f[1], 0);
            case S -> new Operands.S(f[0], f[1]);
            case S0 -> new Operands.None();
            case SS1 -> new Operands.Ss1(f[0], f[1], f[2], f[3], f[4]);
            case SS2 -> new Operands.Ss2(f[0], f[3], f[1], f[2], f[4], f[5]);
            case SSI -> new Operands.Ssi(f[0], f[5], f[1], f[2], f[3], f[4]);
        };
    }

    private int register(String operand) {
        expression.evaluateAll(operand);
        int r = expression.absolute(operand);
        if (r < 0 || r > 15) {
            throw new SourceError(Message.INCORRECT_REGISTER, operand);
        }
        return r;
    }

    private int immediate(String operand, int maximum) {
        expression.evaluateAll(operand);
        int v = expression.absolute(operand);
        if (v < -128 && maximum == 255 || v > maximum) {
            throw new SourceError(Message.DATA_TOO_LARGE, operand);
        }
        return v & maximum;
    }

    /**
     * A storage operand, D(B), D(X,B) or D(L,B), explicit or implicit (resolved through USING);
     * writes its fields (length or index first, then base, displacement) from {@code k}.
     */
    private int storage(Statement s, String operand, Format.OperandSyntax kind, int maxLength, int k, boolean firstOperand) {
        int value;
        int relocationId;
        int implicitLength;
        int end;
        String qualifier = null;
        if (operand.startsWith("=")) {
            LiteralPool.Literal literal = s.pool == null ? null : s.pool.find(operand.substring(1));
            if (literal == null || literal.section == null) {
                throw new SourceError(Message.INVALID_LITERAL, operand);
            }
            value = literal.address();
            relocationId = literal.section.relocationId;
            implicitLength = literal.constant.lengthAttribute();
            end = operand.length();
        } else {
            end = expression.evaluate(operand, 0);
            value = (int) expression.value;
            relocationId = expression.simpleRelocationId();
            if (relocationId < 0) {
                throw new SourceError(Message.COMPLEX_RELOCATABLE, operand);
            }
            implicitLength = expression.firstLength;
            qualifier = expression.qualifier;
        }
        int inner1 = NONE;
        int inner2 = NONE;
        boolean twoParts = false;
        if (end < operand.length()) {
            if (operand.charAt(end) != '(' || operand.charAt(operand.length() - 1) != ')') {
                throw new SourceError(Message.INVALID_DELIMITER, operand.substring(end));
            }
            String inside = operand.substring(end + 1, operand.length() - 1);
            int comma = inside.indexOf(',');
            twoParts = comma >= 0;
            String left = twoParts ? inside.substring(0, comma) : inside;
            inner1 = left.isEmpty() ? 0 : absoluteOf(left);
            if (twoParts) {
                inner2 = register(inside.substring(comma + 1));
            }
        }
        boolean explicit = kind == Format.OperandSyntax.ADDRESS ? inner1 != NONE : twoParts;
        int base;
        int displacement;
        if (explicit) {
            if (relocationId != 0) {
                throw new SourceError(Message.NOT_ABSOLUTE, operand);
            }
            if (value < 0 || value > 4095) {
                throw new SourceError(Message.INVALID_DISPLACEMENT, operand);
            }
            displacement = value;
            if (kind != Format.OperandSyntax.ADDRESS) {
                base = inner2;
            } else if (twoParts && inner1 != 0) {
                throw new SourceError(Message.INVALID_DELIMITER, operand);
            } else {
                base = checkRegister(twoParts ? inner2 : inner1, operand);
            }
        } else {
            UsingTable.Resolution r = resolve(value, relocationId, qualifier, operand);
            base = r.register();
            displacement = r.displacement();
        }
        if (firstOperand) {
            address1 = value;
        } else {
            address2 = value;
        }
        switch (kind) {
            case INDEXED_ADDRESS -> fields[k++] = inner1 == NONE ? 0 : checkRegister(inner1, operand);
            case LENGTH_ADDRESS -> {
                int length = inner1 == NONE ? implicitLength : inner1;
                if (length < 0 || length > maxLength) {
                    throw new SourceError(Message.DATA_TOO_LARGE, operand);
                }
                fields[k++] = Math.max(0, length - 1);
            }
            default -> { }
        }
        fields[k++] = base;
        fields[k++] = displacement;
        return k;
    }

    private int absoluteOf(String text) {
        expression.evaluateAll(text);
        return expression.absolute(text);
    }

    private static int checkRegister(int r, String operand) {
        if (r < 0 || r > 15) {
            throw new SourceError(Message.INCORRECT_REGISTER, operand);
        }
        return r;
    }

    /** Base and displacement of an implicit address through the USINGs in force. */
    UsingTable.Resolution resolve(int value, int relocationId, String qualifier, String operand) {
        UsingTable.Resolution r = usings.resolve(value, relocationId, qualifier);
        if (r != null && r.beyond() == 0) {
            return r;
        }
        if (relocationId == 0 && qualifier == null && value >= 0 && value <= 4095) {
            return new UsingTable.Resolution(0, value, 0);
        }
        if (r == null) {
            throw new SourceError(Message.NO_USING, operand);
        }
        throw new SourceError(Message.BEYOND_USING, operand, r.beyond());
    }

    // ---- constants

    private byte[] constants(Statement s, List<Constant> parsed) {
        byte[] out = new byte[s.length];
        int position = 0;
        for (Constant c : parsed) {
            while ((s.offset + position) % c.alignment() != 0) {
                position++;
            }
            for (int copy = 0; copy < c.duplication(); copy++) {
                for (Constant.Item item : c.items()) {
                    if (item.bytes() != null) {
                        System.arraycopy(item.bytes(), 0, out, position, item.length());
                    } else {
                        address(s, c.type(), item, out, position);
                    }
                    position += item.length();
                }
            }
        }
        return out;
    }

    private void address(Statement s, char type, Constant.Item item, byte[] out, int position) {
        int length = item.length();
        int at = s.address() + position;
        long value;
        if (type == 'V') {
            ExternalSymbol e = assembly.external(SourceText.upper(item.expression()), false);
            relocate(s, e.esdId, Relocation.flags(true, length, false), at);
            value = 0;
        } else if (type == 'S') {
            value = baseDisplacement(item.expression());
        } else {
            expression.evaluateAll(item.expression());
            value = expression.value;
            for (int i = 0; i < expression.relocations; i++) {
                Relocatable target = assembly.relocatables.get(expression.relocationIds[i]);
                int coefficient = expression.coefficients[i];
                if (coefficient != 1 && coefficient != -1) {
                    throw new SourceError(Message.COMPLEX_RELOCATABLE, item.expression());
                }
                int esdId = switch (target) {
                    case Section section -> section.dummy ? 0 : section.esdId;
                    case ExternalSymbol external -> external.esdId;
                    case null -> throw new IllegalStateException("relocation id: " + expression.relocationIds[i]);
                };
                if (esdId != 0) {
                    relocate(s, esdId, Relocation.flags(false, length, coefficient < 0), at);
                }
            }
        }
        for (int i = length - 1; i >= 0; i--) {
            out[position + i] = (byte) value;
            value >>= 8;
        }
    }

    /** An S-constant: D(B) written out, or an implicit address resolved through USING. */
    private int baseDisplacement(String text) {
        int end = expression.evaluate(text, 0);
        int displacement = (int) expression.value;
        int relocationId = expression.simpleRelocationId();
        String qualifier = expression.qualifier;
        if (end < text.length()) {
            if (text.charAt(end) != '(' || !text.endsWith(")") || relocationId != 0) {
                throw new SourceError(Message.INVALID_DELIMITER, text.substring(end));
            }
            if (displacement < 0 || displacement > 4095) {
                throw new SourceError(Message.INVALID_DISPLACEMENT, text);
            }
            return register(text.substring(end + 1, text.length() - 1)) << 12 | displacement;
        }
        if (relocationId < 0) {
            throw new SourceError(Message.COMPLEX_RELOCATABLE, text);
        }
        UsingTable.Resolution r = resolve(displacement, relocationId, qualifier, text);
        return r.register() << 12 | r.displacement();
    }

    private void relocate(Statement s, int esdId, int flags, int address) {
        if (!s.section.dummy) {
            relocations.add(new Relocation(esdId, s.section.esdId, flags, address));
        }
    }

    // ---- assembler instructions

    private void equate(Statement s) {
        Symbol symbol = assembly.symbols.get(s.label);
        if (symbol != null && symbol.definedAt == s.number) {
            s.shownValue = symbol.value() & 0xFFFFFFFFL;
            return;
        }
        List<String> operands = OperandList.split(s.operands);
        if (!operands.isEmpty()) {
            expression.evaluateAll(operands.get(0));
        }
    }

    private void using(Statement s) {
        List<String> operands = OperandList.split(s.operands);
        if (operands.size() < 2) {
            throw new SourceError(Message.OPERAND_EXPECTED, s.operands);
        }
        expression.evaluateAll(operands.get(0));
        int base = (int) expression.value;
        int relocationId = expression.simpleRelocationId();
        if (relocationId < 0) {
            throw new SourceError(Message.USING_NOT_RELOCATABLE, operands.get(0));
        }
        String label = s.label.isEmpty() ? null : s.label;
        if (label != null && !usingLabels.contains(label)) {
            usingLabels.add(label);
        }
        s.address2 = base;
        for (int i = 1; i < operands.size(); i++) {
            expression.evaluateAll(operands.get(i));
            if (expression.isAbsolute()) {
                int register = checkRegister((int) expression.value, operands.get(i));
                usings.add(new UsingTable.Entry(label, base + 4096 * (i - 1), relocationId, register, 0, false));
            } else if (operands.size() == 2) {
                int target = (int) expression.value;
                int targetId = expression.simpleRelocationId();
                UsingTable.Resolution r = resolve(target, targetId, expression.qualifier, operands.get(i));
                usings.add(new UsingTable.Entry(label, base, relocationId, r.register(), r.displacement(), true));
            } else {
                throw new SourceError(Message.USING_NOT_RELOCATABLE, operands.get(i));
            }
        }
    }

    private void drop(Statement s) {
        if (s.operands.isEmpty()) {
            usings.drop(-1, null);
            return;
        }
        for (String operand : OperandList.split(s.operands)) {
            String name = SourceText.upper(operand.strip());
            if (usingLabels.contains(name)) {
                usings.drop(-1, name);
            } else {
                usings.drop(register(operand), null);
            }
        }
    }

    private void end(Statement s) {
        if (s.operands.isEmpty()) {
            return;
        }
        expression.evaluateAll(s.operands);
        int relocationId = expression.simpleRelocationId();
        if (relocationId <= 0 || !(assembly.relocatables.get(relocationId) instanceof Section section) || section.dummy) {
            throw new SourceError(Message.COMPLEX_RELOCATABLE, s.operands);
        }
        entryAddress = (int) expression.value;
        entryEsdId = section.esdId;
        s.address1 = entryAddress;
    }
}
