package vm370.cms.program;

import java.util.Locale;

/**
 * The LINEDIT function: a message text whose runs of periods are replaced, in order, by
 * substitutions (decimal or hexadecimal numbers, characters from storage), with blanks compressed
 * and a period added, as the CMS LINEDIT macro does (DOT, COMP, SUB options; a useful subset).
 *
 * <p>Parameter list: +0 CL8'LINEDIT', +8 A(text), +12 H text length, +14 X flags (X'80' DOT=NO,
 * X'40' COMP=NO), +15 AL1 substitutions; then 8 bytes each: X kind (1 DEC, 2 HEX, 3 CHARA; X'80'
 * the value is the address of a fullword), AL1 length (CHARA), H 0, F value or address.
 */
final class LineEdit {

    private static final int DOT_NO = 0x80;
    private static final int COMPRESS_NO = 0x40;
    private static final int INDIRECT = 0x80;

    private LineEdit() {
    }

    /** The edited line. */
    static String edit(GuestMemory memory, int plist) {
        int text = memory.word(plist + 8) & 0xFFFFFF;
        int length = Math.min(memory.halfword(plist + 12), 130);
        int flags = memory.byteAt(plist + 14);
        int substitutions = memory.byteAt(plist + 15);
        String source = memory.inside(text, length) ? memory.text(text, length) : "";
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '.' && next < substitutions) {
                while (i + 1 < source.length() && source.charAt(i + 1) == '.') {
                    i++;
                }
                out.append(substitution(memory, plist + 16 + 8 * next++));
            } else if (c != ' ' || (flags & COMPRESS_NO) != 0 || out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
        String line = out.toString().stripTrailing();
        if ((flags & DOT_NO) == 0 && !line.endsWith(".")) {
            line += ".";
        }
        return line;
    }

    private static String substitution(GuestMemory memory, int entry) {
        int kind = memory.byteAt(entry);
        int length = memory.byteAt(entry + 1);
        int value = memory.word(entry + 4);
        if ((kind & INDIRECT) != 0 && (kind & 0x0F) != 3) {
            value = memory.inside(value & 0xFFFFFF, 4) ? memory.word(value & 0xFFFFFF) : 0;
        }
        return switch (kind & 0x0F) {
            case 1 -> Integer.toString(value);
            case 2 -> String.format(Locale.ROOT, "%08X", value);
            case 3 -> memory.inside(value & 0xFFFFFF, length) ? memory.text(value & 0xFFFFFF, length) : "";
            default -> "?";
        };
    }
}
