package vm370.s370.asm;

/**
 * Packed (P) and zoned (Z) decimal constants: digits with an optional sign and decimal point;
 * the sign is C (plus) or D (minus) in the last half-byte or zone.
 */
final class Decimals {

    private Decimals() {
    }

    static byte[] packed(String value, int length, String operand) {
        String digits = digits(value, operand);
        boolean negative = value.charAt(0) == '-';
        int size = length > 0 ? length : digits.length() / 2 + 1;
        byte[] out = new byte[size];
        int nibble = size * 2 - 1;
        out[size - 1] = (byte) (negative ? 0x0D : 0x0C);
        for (int k = digits.length() - 1; k >= 0 && --nibble >= 0; k--) {
            int d = digits.charAt(k) - '0';
            out[nibble / 2] |= (byte) (nibble % 2 == 0 ? d << 4 : d);
        }
        return out;
    }

    static byte[] zoned(String value, int length, String operand) {
        String digits = digits(value, operand);
        boolean negative = value.charAt(0) == '-';
        int size = length > 0 ? length : digits.length();
        byte[] out = new byte[size];
        for (int k = 0; k < size; k++) {
            int from = digits.length() - size + k;
            out[k] = (byte) (0xF0 | (from >= 0 ? digits.charAt(from) - '0' : 0));
        }
        out[size - 1] = (byte) ((negative ? 0xD0 : 0xC0) | out[size - 1] & 0x0F);
        return out;
    }

    private static String digits(String value, String operand) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(k == 0 && (c == '+' || c == '-')) && c != '.') {
                throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
            }
        }
        if (digits.isEmpty() || digits.length() > 31) {
            throw new SourceError(Message.DATA_TOO_LARGE, operand);
        }
        return digits.toString();
    }
}
