package vm370.s370.asm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * Parses DC and DS operands (HLASM Language Reference, "DC instruction"): {@code [dup]type[Ln]nominal}
 * for the types C X B F H A Y V S P Z E D L, and makes the bytes of the data types.
 */
final class ConstantParser {

    private final Expression expression;

    ConstantParser(Expression expression) {
        this.expression = expression;
    }

    /** Parses one operand; {@code storage} is true for DS, where the nominal value is optional. */
    Constant parse(String operand, boolean storage) {
        int i = 0;
        int duplication = 1;
        if (i < operand.length() && (Character.isDigit(operand.charAt(i)) || operand.charAt(i) == '(')) {
            int[] cursor = {i};
            duplication = modifierValue(operand, cursor);
            i = cursor[0];
        }
        if (i >= operand.length()) {
            throw new SourceError(Message.UNKNOWN_TYPE, operand);
        }
        char type = Character.toUpperCase(operand.charAt(i++));
        if ("CXBFHAYVSPZEDL".indexOf(type) < 0) {
            throw new SourceError(Message.UNKNOWN_TYPE, operand);
        }
        int length = -1;
        if (i < operand.length() && Character.toUpperCase(operand.charAt(i)) == 'L'
                && i + 1 < operand.length() && (Character.isDigit(operand.charAt(i + 1)) || operand.charAt(i + 1) == '(')) {
            int[] cursor = {i + 1};
            length = modifierValue(operand, cursor);
            i = cursor[0];
            if (length < 1 || length > maximumLength(type)) {
                throw new SourceError(Message.DATA_TOO_LARGE, operand);
            }
        }
        // Scale (S) and exponent (E) modifiers: F and H take both, E D L the exponent only.
        int scale = 0;
        int exponent = 0;
        while (i + 1 < operand.length() && "SE".indexOf(Character.toUpperCase(operand.charAt(i))) >= 0
                && (Character.isDigit(operand.charAt(i + 1)) || operand.charAt(i + 1) == '(' || operand.charAt(i + 1) == '-')) {
            char modifier = Character.toUpperCase(operand.charAt(i));
            boolean negative = operand.charAt(i + 1) == '-';
            int[] cursor = {i + (negative ? 2 : 1)};
            int value = (negative ? -1 : 1) * modifierValue(operand, cursor);
            i = cursor[0];
            if (modifier == 'S' && type != 'F' && type != 'H' || "FHEDL".indexOf(type) < 0 || Math.abs(value) > 346) {
                throw new SourceError(Message.UNKNOWN_TYPE, operand);
            }
            if (modifier == 'S') {
                scale = value;
            } else {
                exponent = value;
            }
        }
        boolean explicit = length > 0;
        int alignment = explicit ? 1 : alignment(type);
        if (i == operand.length()) {
            if (!storage) {
                throw new SourceError(Message.OPERAND_EXPECTED, operand);
            }
            int size = explicit ? length : defaultLength(type);
            return new Constant(duplication, type, explicit, alignment, new Constant.Item[] {new Constant.Item(size, null, null)});
        }
        char open = operand.charAt(i);
        boolean address = type == 'A' || type == 'Y' || type == 'V' || type == 'S';
        if (address ? open != '(' : open != '\'') {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
        int close = address ? closingParenthesis(operand, i) : Expression.closingQuote(operand, i + 1);
        if (close != operand.length() - 1) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
        String body = operand.substring(i + 1, close);
        Constant.Item[] items = address ? addressItems(type, body, length)
                : dataItems(type, body, length, scale, exponent, operand);
        return new Constant(duplication, type, explicit, alignment, items);
    }

    private int modifierValue(String operand, int[] cursor) {
        int i = cursor[0];
        if (operand.charAt(i) == '(') {
            int close = closingParenthesis(operand, i);
            if (close < 0) {
                throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
            }
            expression.evaluateAll(operand.substring(i + 1, close));
            cursor[0] = close + 1;
            return expression.absolute(operand);
        }
        long v = 0;
        while (i < operand.length() && Character.isDigit(operand.charAt(i))) {
            v = v * 10 + operand.charAt(i++) - '0';
            if (v > 0xFFFFFF) {
                throw new SourceError(Message.DATA_TOO_LARGE, operand);
            }
        }
        cursor[0] = i;
        return (int) v;
    }

    static int closingParenthesis(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'' && !SourceText.isAttributeQuote(s, i)) {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Constant.Item[] addressItems(char type, String body, int length) {
        List<String> values = OperandList.split(body);
        int size = length > 0 ? length : defaultLength(type);
        Constant.Item[] items = new Constant.Item[values.size()];
        for (int k = 0; k < items.length; k++) {
            String v = values.get(k).strip();
            if (v.isEmpty()) {
                throw new SourceError(Message.OPERAND_EXPECTED, body);
            }
            items[k] = new Constant.Item(size, null, v);
        }
        return items;
    }

    private static Constant.Item[] dataItems(char type, String body, int length, int scale, int exponent, String operand) {
        if (type == 'C') {
            String chars = Expression.characters(body);
            int size = length > 0 ? length : Math.max(1, chars.length());
            if (size > 256) {
                throw new SourceError(Message.DATA_TOO_LARGE, operand);
            }
            byte[] bytes = new byte[size];
            for (int k = 0; k < size; k++) {
                bytes[k] = k < chars.length() ? Ebcdic.CP037.toByte(chars.charAt(k), (byte) 0x6F) : Ebcdic.SPACE;
            }
            return new Constant.Item[] {new Constant.Item(size, bytes, null)};
        }
        String[] values = body.split(",", -1);
        Constant.Item[] items = new Constant.Item[values.length];
        for (int k = 0; k < values.length; k++) {
            byte[] bytes = data(type, values[k].strip(), length, scale, exponent, operand);
            items[k] = new Constant.Item(bytes.length, bytes, null);
        }
        return items;
    }

    private static byte[] data(char type, String v, int length, int scale, int exponent, String operand) {
        if (v.isEmpty()) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
        return switch (type) {
            case 'X' -> bits(v, 4, length, operand);
            case 'B' -> bits(v, 1, length, operand);
            case 'F', 'H' -> integer(v, length > 0 ? length : type == 'F' ? 4 : 2, scale, exponent, operand);
            case 'P' -> Decimals.packed(v, length, operand);
            case 'Z' -> Decimals.zoned(v, length, operand);
            default -> HexFloat.encode(exponent == 0 ? v : scaled(v, 0, exponent, operand).toPlainString(),
                    length > 0 ? length : defaultLength(type), type == 'L', operand);
        };
    }

    /** X and B: digits of {@code bitsPerDigit} bits, right-aligned, padded or truncated on the left. */
    private static byte[] bits(String v, int bitsPerDigit, int length, String operand) {
        BigInteger value = BigInteger.ZERO;
        for (int k = 0; k < v.length(); k++) {
            int d = Character.digit(v.charAt(k), 1 << bitsPerDigit);
            if (d < 0) {
                throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
            }
            value = value.shiftLeft(bitsPerDigit).or(BigInteger.valueOf(d));
        }
        int size = length > 0 ? length : (v.length() * bitsPerDigit + 7) / 8;
        if (size > 256) {
            throw new SourceError(Message.DATA_TOO_LARGE, operand);
        }
        return rightAligned(value, size);
    }

    /** F and H: the nominal value (with its own exponent, like 1.5E2) times 10**E times 2**S, rounded. */
    private static byte[] integer(String v, int size, int scale, int exponent, String operand) {
        BigInteger value = scaled(v, scale, exponent, operand).setScale(0, RoundingMode.HALF_UP).toBigInteger();
        if (value.bitLength() >= size * 8) {
            throw new SourceError(Message.DATA_TOO_LARGE, operand);
        }
        return rightAligned(value, size);
    }

    private static BigDecimal scaled(String v, int scale, int exponent, String operand) {
        try {
            BigDecimal value = new BigDecimal(v.startsWith("+") ? v.substring(1) : v).scaleByPowerOfTen(exponent);
            return scale >= 0 ? value.multiply(BigDecimal.valueOf(2).pow(scale))
                    : value.divide(BigDecimal.valueOf(2).pow(-scale));
        } catch (NumberFormatException e) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
    }

    /** The low {@code size} bytes of a two's complement value. */
    static byte[] rightAligned(BigInteger value, int size) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[size];
        byte fill = (byte) (value.signum() < 0 ? 0xFF : 0);
        for (int k = 0; k < size; k++) {
            int from = bytes.length - size + k;
            out[k] = from >= 0 ? bytes[from] : fill;
        }
        return out;
    }

    static int alignment(char type) {
        return switch (type) {
            case 'F', 'A', 'V', 'E' -> 4;
            case 'H', 'Y', 'S' -> 2;
            case 'D', 'L' -> 8;
            default -> 1;
        };
    }

    static int defaultLength(char type) {
        return switch (type) {
            case 'F', 'A', 'V', 'E' -> 4;
            case 'H', 'Y', 'S' -> 2;
            case 'D' -> 8;
            case 'L' -> 16;
            default -> 1;
        };
    }

    private static int maximumLength(char type) {
        return switch (type) {
            case 'C', 'X', 'B' -> 256;
            case 'F', 'H', 'E', 'D' -> 8;
            case 'A', 'V' -> 4;
            case 'Y', 'S' -> 2;
            default -> 16;
        };
    }
}
