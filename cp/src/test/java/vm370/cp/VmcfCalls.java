package vm370.cp;

import java.util.Arrays;
import vm370.cp.guest.GuestMachine;
import vm370.cp.vm.VirtualMachine;
import vm370.cp.vm.VmcfFunction;
import vm370.s370.text.Ebcdic;

/** What VMCF tests' guests written in Java share: a DIAGNOSE X'68' call and the message header read back. */
final class VmcfCalls {

    static final int PARAMETERS = 0x2F00;
    static final int BUFFER = 0x3000;
    static final int BUFFER_LENGTH = 0x100;
    static final int SPECIFIC = 0x80;
    static final int PRIORITY = 0x40;
    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    private VmcfCalls() {
    }

    /** One VMCPARM: flags, subfunction, message id, userid, A and B address/length, user doubleword text. */
    record Call(int flags, int function, int messageId, String userid, int addressA, int lengthA,
                int addressB, int lengthB, String userWord) {

        static Call of(VmcfFunction function, int messageId, String userid) {
            return new Call(0, function.code(), messageId, userid, 0, 0, 0, 0, "");
        }

        Call flags(int value) {
            return new Call(value, function, messageId, userid, addressA, lengthA, addressB, lengthB, userWord);
        }

        Call a(int address, int length) {
            return new Call(flags, function, messageId, userid, address, length, addressB, lengthB, userWord);
        }

        Call b(int address, int length) {
            return new Call(flags, function, messageId, userid, addressA, lengthA, address, length, userWord);
        }

        Call word(String text) {
            return new Call(flags, function, messageId, userid, addressA, lengthA, addressB, lengthB, text);
        }

        /** Issues it with DIAGNOSE X'68' (Rx 6, Ry 7); returns the return code. */
        int issue(GuestMachine m) {
            byte[] list = new byte[40];
            list[0] = (byte) flags;
            list[3] = (byte) function;
            m.write(PARAMETERS, list, 0, 40);
            GuestCalls.putWord(m, PARAMETERS + 4, messageId);
            m.write(PARAMETERS + 8, EBCDIC.encodePadded(userid, 8), 0, 8);
            GuestCalls.putWord(m, PARAMETERS + 16, addressA);
            GuestCalls.putWord(m, PARAMETERS + 20, lengthA);
            GuestCalls.putWord(m, PARAMETERS + 24, addressB);
            GuestCalls.putWord(m, PARAMETERS + 28, lengthB);
            m.write(PARAMETERS + 32, EBCDIC.encodePadded(userWord, 8), 0, 8);
            m.setGpr(6, PARAMETERS);
            m.diagnose(0x68, 6, 7);
            return m.gpr(7);
        }
    }

    /** AUTHORIZE with the standard buffer and {@code flags} (SPECIFIC for {@code partner}, PRIORITY). */
    static int authorize(GuestMachine m, int flags, String partner) {
        return Call.of(VmcfFunction.AUTHORIZE, 0, partner).flags(flags).a(BUFFER, BUFFER_LENGTH).issue(m);
    }

    /** Writes EBCDIC text at an address. */
    static void text(GuestMachine m, int address, String text) {
        byte[] bytes = EBCDIC.encode(text);
        m.write(address, bytes, 0, bytes.length);
    }

    /** EBCDIC text read back. */
    static String text(GuestMachine m, int address, int length) {
        byte[] bytes = new byte[length];
        m.read(address, bytes, 0, length);
        return EBCDIC.decode(bytes);
    }

    /** Waits for the next VMCF interruption and returns its header as {@link #header} gives it. */
    static String next(GuestMachine m) {
        int code = SteppedGuest.awaitExternal(m, SteppedGuest.CR0_VMCF);
        return String.format("%04X ", code) + header(m, BUFFER);
    }

    /**
     * The message header at {@code address}: status and error code (hex), subfunction, message id,
     * the other user, length A and B, and the user doubleword as text.
     */
    static String header(GuestMachine m, int address) {
        byte[] h = new byte[40];
        m.read(address, h, 0, 40);
        VmcfFunction function = VmcfFunction.of((h[2] & 0xFF) << 8 | h[3] & 0xFF).orElseThrow();
        return String.format("%02X%02X %s %d %s A%d B%d %s", h[0], h[1], function, word(h, 4),
                EBCDIC.decode(Arrays.copyOfRange(h, 8, 16)).strip(), word(h, 20), word(h, 28),
                EBCDIC.decode(Arrays.copyOfRange(h, 32, 40)).replace("\0", "")).strip();
    }

    /** Bytes of a machine's storage, read on its thread. */
    static byte[] storage(VirtualMachine machine, int address, int length) {
        return machine.call(() -> {
            byte[] b = new byte[length];
            machine.storage().storage().readBytes(address, b, 0, length);
            return b;
        });
    }

    static int word(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8 | b[offset + 3] & 0xFF;
    }
}
