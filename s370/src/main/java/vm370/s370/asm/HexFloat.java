package vm370.s370.asm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Hexadecimal floating-point constants (E, D, L): sign, 7-bit excess-64 characteristic, a
 * normalized hexadecimal fraction rounded to nearest. An extended (L) constant's low half has the
 * characteristic less 14 (GA22-7000, "Floating-Point Instructions").
 */
final class HexFloat {

    private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);

    private HexFloat() {
    }

    static byte[] encode(String text, int length, boolean extended, String operand) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, operand);
        }
        int fractionBits = extended ? 112 : length <= 4 ? 24 : 56;
        byte[] image = new byte[extended ? 16 : length <= 4 ? 4 : 8];
        if (value.signum() != 0) {
            fill(image, value, fractionBits, extended, operand);
        }
        if (length == image.length) {
            return image;
        }
        byte[] out = new byte[length];
        System.arraycopy(image, 0, out, 0, Math.min(length, image.length));
        return out;
    }

    private static void fill(byte[] image, BigDecimal value, int fractionBits, boolean extended, String operand) {
        BigDecimal magnitude = value.abs();
        int exponent = 0;
        while (magnitude.compareTo(BigDecimal.ONE) >= 0) {
            magnitude = magnitude.divide(SIXTEEN);
            exponent++;
        }
        BigDecimal sixteenth = BigDecimal.ONE.divide(SIXTEEN);
        while (magnitude.compareTo(sixteenth) < 0) {
            magnitude = magnitude.multiply(SIXTEEN);
            exponent--;
        }
        BigInteger fraction = magnitude.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(fractionBits)), MathContext.UNLIMITED)
                .setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (fraction.bitLength() > fractionBits) {
            fraction = fraction.shiftRight(4);
            exponent++;
        }
        int characteristic = exponent + 64;
        if (characteristic < 0 || characteristic > 127) {
            throw new SourceError(Message.DATA_TOO_LARGE, operand);
        }
        int sign = value.signum() < 0 ? 0x80 : 0;
        if (extended) {
            byte[] high = ConstantParser.rightAligned(fraction.shiftRight(56), 7);
            byte[] low = ConstantParser.rightAligned(fraction.and(BigInteger.ONE.shiftLeft(56).subtract(BigInteger.ONE)), 7);
            image[0] = (byte) (sign | characteristic);
            System.arraycopy(high, 0, image, 1, 7);
            image[8] = (byte) (sign | (characteristic - 14) & 0x7F);
            System.arraycopy(low, 0, image, 9, 7);
        } else {
            byte[] digits = ConstantParser.rightAligned(fraction, image.length - 1);
            image[0] = (byte) (sign | characteristic);
            System.arraycopy(digits, 0, image, 1, digits.length);
        }
    }
}
