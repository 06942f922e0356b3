package vm370.cp.guest;

import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/**
 * How a guest system written in Java takes SMSG, the way a program of VM/370 did: it AUTHORIZEs
 * VMCF (DIAGNOSE X'68') with an external interruption buffer and the SMSG flag; CP then presents
 * each message as external interruption X'4001' (while the PSW and CR0 bit 31 allow it), with the
 * message header and text stored in that buffer. A guest waits for it in an enabled wait, off the
 * real processor, and reads the message after the interruption ended the wait: no polling.
 */
public final class SpecialMessageReceiver {

    /** The external interruption code of VMCF. */
    public static final int INTERRUPTION_CODE = 0x4001;
    /** CR0 bit 31: VMCF interruptions are let in while it is on. */
    public static final int CR0_VMCF = 0x0000_0001;
    /** Bytes of the message header before the text in the buffer. */
    public static final int HEADER_LENGTH = 40;

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final int AUTHORIZE = 0x0000;
    private static final int UNAUTHORIZE = 0x0001;
    private static final int SMSG_FLAG = 0x20;
    private static final int PARAMETER_LENGTH = 40;

    /** A special message: who sent it, and its text. */
    public record SpecialMessage(String sender, String text) { }

    private final GuestMachine machine;
    private final int parameters;
    private final int buffer;
    private final int length;

    /**
     * A receiver whose 40-byte parameter list is at {@code parameters} and whose interruption
     * buffer is the {@code length} bytes at {@code buffer} (both doubleword aligned; the buffer at
     * least {@value #HEADER_LENGTH} bytes, plus room for the longest text wanted).
     */
    public SpecialMessageReceiver(GuestMachine machine, int parameters, int buffer, int length) {
        this.machine = machine;
        this.parameters = parameters;
        this.buffer = buffer;
        this.length = length;
    }

    /** AUTHORIZE with SMSG: special messages are presented from now on. Returns VMCF's return code (0 done). */
    public int authorize() {
        return call(AUTHORIZE, SMSG_FLAG);
    }

    /** UNAUTHORIZE: no more messages; those not yet presented are dropped. Returns VMCF's return code. */
    public int unauthorize() {
        return call(UNAUTHORIZE, 0);
    }

    private int call(int function, int flags) {
        byte[] list = new byte[PARAMETER_LENGTH];
        list[0] = (byte) flags;
        list[3] = (byte) function;
        BigEndian.putWord(list, 16, buffer);
        BigEndian.putWord(list, 20, length);
        machine.write(parameters, list, 0, list.length);
        machine.setGpr(0, parameters);
        machine.diagnose(0x68, 0, 1);
        return machine.gpr(1);
    }

    /**
     * The message CP stored in the buffer with the last VMCF interruption: the sender from the
     * header's user doubleword, the text after the header (its length in the header).
     */
    public SpecialMessage message() {
        byte[] header = new byte[HEADER_LENGTH];
        machine.read(buffer, header, 0, HEADER_LENGTH);
        int textLength = Math.max(0, Math.min(BigEndian.word(header, 20), length - HEADER_LENGTH));
        byte[] text = new byte[textLength];
        machine.read(buffer + HEADER_LENGTH, text, 0, textLength);
        return new SpecialMessage(EBCDIC.decode(java.util.Arrays.copyOfRange(header, 32, 40)).strip(),
                EBCDIC.decode(text).strip());
    }
}
