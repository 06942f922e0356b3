package vm370.s370.storage;

/**
 * Halfwords, fullwords and doublewords in byte arrays, big-endian as S/370 storage holds them: the
 * one helper for records and control blocks built outside storage (EDF disks, NJE records, modules).
 */
public final class BigEndian {

    private BigEndian() {
    }

    /** The unsigned halfword at {@code at}. */
    public static int halfword(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    /** The fullword at {@code at}. */
    public static int word(byte[] b, int at) {
        return halfword(b, at) << 16 | halfword(b, at + 2);
    }

    /** The doubleword at {@code at}. */
    public static long doubleword(byte[] b, int at) {
        return (long) word(b, at) << 32 | word(b, at + 4) & 0xFFFFFFFFL;
    }

    /** Puts the low 16 bits of {@code value} at {@code at}. */
    public static void putHalfword(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    /** Puts the fullword {@code value} at {@code at}. */
    public static void putWord(byte[] b, int at, int value) {
        putHalfword(b, at, value >>> 16);
        putHalfword(b, at + 2, value);
    }

    /** Puts the doubleword {@code value} at {@code at}. */
    public static void putDoubleword(byte[] b, int at, long value) {
        putWord(b, at, (int) (value >>> 32));
        putWord(b, at + 4, (int) value);
    }
}
