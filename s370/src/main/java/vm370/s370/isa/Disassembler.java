package vm370.s370.isa;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns machine code back into assembler text, one line per instruction: address, hex, mnemonic,
 * operands. Derived only from the {@link Opcode} table through {@link Decoder} and
 * {@link Format#render}; bytes that are no instruction are shown as a {@code DC X'....'} halfword.
 */
public final class Disassembler {

    private Disassembler() {
    }

    /** One instruction (held left-aligned in 48 bits) as {@code MNEMONIC OPERANDS}; null when unassigned. */
    public static String instruction(long instruction) {
        Opcode opcode = Decoder.ALL.decode(instruction);
        if (opcode == null) {
            return null;
        }
        String operands = opcode.format().render(instruction);
        return operands.isEmpty() ? opcode.mnemonic() : String.format("%-6s%s", opcode.mnemonic(), operands);
    }

    /** A listing of {@code bytes} loaded at {@code origin}: {@code AAAAAA  HHHH HHHH HHHH  MNEMONIC OPERANDS}. */
    public static List<String> listing(byte[] bytes, int origin) {
        List<String> lines = new ArrayList<>();
        HexFormat hex = HexFormat.of().withUpperCase();
        int at = 0;
        while (at < bytes.length) {
            int length = Fields.length(bytes[at] & 0xFF);
            long instruction = 0;
            boolean complete = at + length <= bytes.length;
            for (int i = 0; i < length && complete; i++) {
                instruction |= (long) (bytes[at + i] & 0xFF) << (40 - 8 * i);
            }
            String text = complete ? instruction(instruction) : null;
            if (text == null) {
                length = Math.min(2, bytes.length - at);
                text = "DC    X'" + hex.formatHex(bytes, at, at + length) + "'";
            }
            lines.add(String.format("%06X  %-14s  %s", origin + at & 0xFFFFFF, spaced(hex, bytes, at, length), text));
            at += length;
        }
        return lines;
    }

    private static String spaced(HexFormat hex, byte[] bytes, int from, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i += 2) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(hex.formatHex(bytes, from + i, Math.min(from + i + 2, from + length)));
        }
        return s.toString();
    }
}
