package vm370.cp.vm;

import java.util.Locale;
import vm370.s370.text.Ebcdic;

/**
 * A DIAGNOSE X'68' parameter list (VMCPARM, 40 bytes, doubleword aligned) as the program filled it:
 * +0 flags (X'80' AUTHORIZE SPECIFIC, X'40' PRIORITY, X'20' special messages), +2 the subfunction
 * (VMCPFUNC), +4 message id, +8 userid, +16/+20 address and length A (data, or a buffer),
 * +24/+28 address and length B (the SEND/RECV reply buffer), +32 the user doubleword.
 * @vm370 DMKVMC
 */
public record VmcfRequest(int flags, int function, int messageId, String userid, int addressA, int lengthA,
                          int addressB, int lengthB, long userWord) {

    /** Bytes of the parameter list. */
    public static final int LENGTH = 40;
    private static final int SPECIFIC = 0x80;
    private static final int PRIORITY = 0x40;
    private static final int SPECIAL_MESSAGES = 0x20;
    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    /** The list in {@code bytes} (at least {@value #LENGTH}); addresses are 24-bit. */
    public static VmcfRequest parse(byte[] bytes) {
        return new VmcfRequest(bytes[0] & 0xFF, (int) field(bytes, 2, 2), (int) field(bytes, 4, 4),
                EBCDIC.decode(bytes, 8, 8).strip().toUpperCase(Locale.ROOT),
                (int) field(bytes, 16, 4) & 0xFFFFFF, (int) field(bytes, 20, 4),
                (int) field(bytes, 24, 4) & 0xFFFFFF, (int) field(bytes, 28, 4), field(bytes, 32, 8));
    }

    /** AUTHORIZE SPECIFIC: this machine talks to the one user in {@link #userid} only. */
    public boolean specific() {
        return (flags & SPECIFIC) != 0;
    }

    /** A PRIORITY message (SEND types), or AUTHORIZE PRIORITY: priority messages are accepted. */
    public boolean priority() {
        return (flags & PRIORITY) != 0;
    }

    /** AUTHORIZE with the SMSG flag: special messages are accepted (as SET SMSG ON). */
    public boolean specialMessages() {
        return (flags & SPECIAL_MESSAGES) != 0;
    }

    static long field(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | bytes[offset + i] & 0xFF;
        }
        return value;
    }
}
