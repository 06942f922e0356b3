package vm370.s370.text;

import java.util.Arrays;

/**
 * EBCDIC, the character code of the S/370: the one translation between host text and the bytes
 * that guests, devices, spool files and 3270 screens hold.
 *
 * <p>Each code page is a bijection of all 256 byte values onto 256 distinct characters, so any
 * byte string survives decode then encode unchanged. The JDK's IBM037 decodes both X'15' (NL) and
 * X'25' (LF) as U+000A and so cannot round-trip; here X'15' is U+0085 (NEL) and X'25' is U+000A.
 * Instances are immutable and shared.
 */
public final class Ebcdic {

    /** Code page 037 (US/Canada), the default of VM/370 terminals and the x3270 suite's cp037. */
    public static final Ebcdic CP037 = new Ebcdic("CP037",
            "\u0000\u0001\u0002\u0003\u009C\u0009\u0086\u007F\u0097\u008D\u008E\u000B\u000C\r\u000E\u000F" +
            "\u0010\u0011\u0012\u0013\u009D\u0085\u0008\u0087\u0018\u0019\u0092\u008F\u001C\u001D\u001E\u001F" +
            "\u0080\u0081\u0082\u0083\u0084\n\u0017\u001B\u0088\u0089\u008A\u008B\u008C\u0005\u0006\u0007" +
            "\u0090\u0091\u0016\u0093\u0094\u0095\u0096\u0004\u0098\u0099\u009A\u009B\u0014\u0015\u009E\u001A" +
            "\u0020\u00A0\u00E2\u00E4\u00E0\u00E1\u00E3\u00E5\u00E7\u00F1\u00A2\u002E\u003C\u0028\u002B\u007C" +
            "\u0026\u00E9\u00EA\u00EB\u00E8\u00ED\u00EE\u00EF\u00EC\u00DF\u0021\u0024\u002A\u0029\u003B\u00AC" +
            "\u002D\u002F\u00C2\u00C4\u00C0\u00C1\u00C3\u00C5\u00C7\u00D1\u00A6\u002C\u0025\u005F\u003E\u003F" +
            "\u00F8\u00C9\u00CA\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u0060\u003A\u0023\u0040\u0027\u003D\"" +
            "\u00D8\u0061\u0062\u0063\u0064\u0065\u0066\u0067\u0068\u0069\u00AB\u00BB\u00F0\u00FD\u00FE\u00B1" +
            "\u00B0\u006A\u006B\u006C\u006D\u006E\u006F\u0070\u0071\u0072\u00AA\u00BA\u00E6\u00B8\u00C6\u00A4" +
            "\u00B5\u007E\u0073\u0074\u0075\u0076\u0077\u0078\u0079\u007A\u00A1\u00BF\u00D0\u00DD\u00DE\u00AE" +
            "\u005E\u00A3\u00A5\u00B7\u00A9\u00A7\u00B6\u00BC\u00BD\u00BE\u005B\u005D\u00AF\u00A8\u00B4\u00D7" +
            "\u007B\u0041\u0042\u0043\u0044\u0045\u0046\u0047\u0048\u0049\u00AD\u00F4\u00F6\u00F2\u00F3\u00F5" +
            "\u007D\u004A\u004B\u004C\u004D\u004E\u004F\u0050\u0051\u0052\u00B9\u00FB\u00FC\u00F9\u00FA\u00FF" +
            "\\\u00F7\u0053\u0054\u0055\u0056\u0057\u0058\u0059\u005A\u00B2\u00D4\u00D6\u00D2\u00D3\u00D5" +
            "\u0030\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038\u0039\u00B3\u00DB\u00DC\u00D9\u00DA\u009F");

    /** Code page 1047 (Latin-1 open systems); differs from 037 in the brackets, caret and not sign. */
    public static final Ebcdic CP1047 = new Ebcdic("CP1047",
            "\u0000\u0001\u0002\u0003\u009C\u0009\u0086\u007F\u0097\u008D\u008E\u000B\u000C\r\u000E\u000F" +
            "\u0010\u0011\u0012\u0013\u009D\u0085\u0008\u0087\u0018\u0019\u0092\u008F\u001C\u001D\u001E\u001F" +
            "\u0080\u0081\u0082\u0083\u0084\n\u0017\u001B\u0088\u0089\u008A\u008B\u008C\u0005\u0006\u0007" +
            "\u0090\u0091\u0016\u0093\u0094\u0095\u0096\u0004\u0098\u0099\u009A\u009B\u0014\u0015\u009E\u001A" +
            "\u0020\u00A0\u00E2\u00E4\u00E0\u00E1\u00E3\u00E5\u00E7\u00F1\u00A2\u002E\u003C\u0028\u002B\u007C" +
            "\u0026\u00E9\u00EA\u00EB\u00E8\u00ED\u00EE\u00EF\u00EC\u00DF\u0021\u0024\u002A\u0029\u003B\u005E" +
            "\u002D\u002F\u00C2\u00C4\u00C0\u00C1\u00C3\u00C5\u00C7\u00D1\u00A6\u002C\u0025\u005F\u003E\u003F" +
            "\u00F8\u00C9\u00CA\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u0060\u003A\u0023\u0040\u0027\u003D\"" +
            "\u00D8\u0061\u0062\u0063\u0064\u0065\u0066\u0067\u0068\u0069\u00AB\u00BB\u00F0\u00FD\u00FE\u00B1" +
            "\u00B0\u006A\u006B\u006C\u006D\u006E\u006F\u0070\u0071\u0072\u00AA\u00BA\u00E6\u00B8\u00C6\u00A4" +
            "\u00B5\u007E\u0073\u0074\u0075\u0076\u0077\u0078\u0079\u007A\u00A1\u00BF\u00D0\u005B\u00DE\u00AE" +
            "\u00AC\u00A3\u00A5\u00B7\u00A9\u00A7\u00B6\u00BC\u00BD\u00BE\u00DD\u00A8\u00AF\u005D\u00B4\u00D7" +
            "\u007B\u0041\u0042\u0043\u0044\u0045\u0046\u0047\u0048\u0049\u00AD\u00F4\u00F6\u00F2\u00F3\u00F5" +
            "\u007D\u004A\u004B\u004C\u004D\u004E\u004F\u0050\u0051\u0052\u00B9\u00FB\u00FC\u00F9\u00FA\u00FF" +
            "\\\u00F7\u0053\u0054\u0055\u0056\u0057\u0058\u0059\u005A\u00B2\u00D4\u00D6\u00D2\u00D3\u00D5" +
            "\u0030\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038\u0039\u00B3\u00DB\u00DC\u00D9\u00DA\u009F");

    /** The EBCDIC blank, X'40'. */
    public static final byte SPACE = 0x40;

    private final String name;
    private final char[] toChar;
    private final byte[] toByte = new byte[0x10000];
    private final boolean[] mapped = new boolean[0x10000];

    private Ebcdic(String name, String table) {
        if (table.length() != 256) {
            throw new IllegalArgumentException("code page table length: " + table.length() + " (expected: 256)");
        }
        this.name = name;
        this.toChar = table.toCharArray();
        for (int b = 0; b < 256; b++) {
            char c = toChar[b];
            if (mapped[c]) {
                throw new IllegalStateException(name + " maps U+" + Integer.toHexString(c) + " twice (expected: a bijection)");
            }
            mapped[c] = true;
            toByte[c] = (byte) b;
        }
    }

    /** The code page's name, such as {@code CP037}. */
    public String name() {
        return name;
    }

    /** The character of one EBCDIC byte (0-255 or any byte value). */
    public char toChar(int ebcdicByte) {
        return toChar[ebcdicByte & 0xFF];
    }

    /** The EBCDIC byte of a character, or {@code replacement} when the code page has none. */
    public byte toByte(char c, byte replacement) {
        return mapped[c] ? toByte[c] : replacement;
    }

    /** True when the code page has a byte for this character. */
    public boolean canEncode(char c) {
        return mapped[c];
    }

    /** Decodes {@code length} bytes starting at {@code offset}. */
    public String decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = toChar[bytes[offset + i] & 0xFF];
        }
        return new String(out);
    }

    /** Decodes a whole byte array. */
    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Encodes text; characters the code page lacks become the EBCDIC substitute X'3F'. */
    public byte[] encode(CharSequence text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toByte(text.charAt(i), (byte) 0x3F);
        }
        return out;
    }

    /** Encodes text into a field of fixed width, padded with EBCDIC blanks or truncated. */
    public byte[] encodePadded(CharSequence text, int width) {
        byte[] out = new byte[width];
        Arrays.fill(out, SPACE);
        int n = Math.min(width, text.length());
        for (int i = 0; i < n; i++) {
            out[i] = toByte(text.charAt(i), (byte) 0x3F);
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
