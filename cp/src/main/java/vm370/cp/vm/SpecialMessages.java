package vm370.cp.vm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ExternalCondition;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;

/**
 * One machine's side of the virtual machine communication facility as far as SMSG needs it: the
 * program AUTHORIZEs with an external interruption buffer (DIAGNOSE X'68'), SMSG is on (the SMSG
 * flag of AUTHORIZE, or SET SMSG ON), and each special message then arrives as VM/370 sent it, a
 * SENDX whose message header and text CP stores in that buffer as it presents external
 * interruption X'4001' (CR0 bit 31). Messages wait, at most {@link #LIMIT}, while the program runs
 * disabled. Senders and the machine's thread both use it.
 * @vm370 DMKVMC
 */
public final class SpecialMessages implements ExternalCondition {

    /** Messages waiting at most; more are refused until the program catches up. */
    public static final int LIMIT = 64;
    /** The external interruption code of VMCF. */
    public static final int INTERRUPTION_CODE = 0x4001;
    /** CR0 bit 31: the VMCF subclass mask. */
    public static final int SUBCLASS_MASK = 0x0000_0001;
    /** Bytes of the external interruption message header; a SENDX's data follows it. */
    public static final int HEADER_LENGTH = 40;
    /** VMCMFUNC of a special message: SENDX. */
    static final int SENDX = 0x0004;

    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    /** One message: who sent it and its text. */
    public record Message(String sender, String text) { }

    /** What offering a message came to: delivered, SMSG OFF, SMSG ON but no program authorized, or too many waiting. */
    public enum Offer { DELIVERED, NOT_ACCEPTING, NOT_AUTHORIZED, FULL }

    private final Cpu cpu;
    private final Consumer<Runnable> onMachineThread;
    private final Deque<Message> waiting = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean authorized;
    /** SMSG ON: survives IPL and UNAUTHORIZE, as the flag in VM/370's VMBLOK. */
    private boolean accepting;
    private int buffer;
    private int bufferLength;
    private int messageIds;

    SpecialMessages(Cpu cpu, Consumer<Runnable> onMachineThread) {
        this.cpu = cpu;
        this.onMachineThread = onMachineThread;
    }

    /**
     * AUTHORIZE: the program takes VMCF interruptions with their header in the {@code length}
     * bytes at {@code address}; {@code specialMessages} (the SMSG flag) turns SMSG on too. The
     * caller has checked the buffer (doubleword aligned, at least the header, inside storage).
     */
    public synchronized void authorize(int address, int length, boolean specialMessages) {
        authorized = true;
        accepting |= specialMessages;
        buffer = address;
        bufferLength = length;
    }

    /** UNAUTHORIZE (and a reset of the machine): no more VMCF; messages not yet presented are dropped. */
    public synchronized void unauthorize() {
        authorized = false;
        waiting.clear();
    }

    /** SET SMSG ON|OFF. */
    public synchronized void setAccepting(boolean on) {
        accepting = on;
    }

    public synchronized boolean authorized() {
        return authorized;
    }

    /** SMSG ON (QUERY SET); messages are delivered while a program is authorized too. */
    public synchronized boolean accepting() {
        return accepting;
    }

    /** SMSG to the program: queued, and the machine's CPU told that a VMCF interruption is pending. */
    public Offer offer(Message message) {
        synchronized (this) {
            if (!accepting) {
                return Offer.NOT_ACCEPTING;
            }
            if (!authorized) {
                return Offer.NOT_AUTHORIZED;
            }
            if (waiting.size() >= LIMIT) {
                return Offer.FULL;
            }
            waiting.addLast(message);
        }
        onMachineThread.accept(() -> cpu.raiseExternal(this));
        return Offer.DELIVERED;
    }

    @Override
    public int subclassMask() {
        return SUBCLASS_MASK;
    }

    /**
     * As the interruption is taken (on the machine's thread): the oldest message goes to the
     * buffer, the header as VM/370 filled it for SMSG (VMCMFUNC SENDX, VMCMUSER 'SYSTEM',
     * VMCMUSE the sender's userid, VMCMLENA the text's length) and the text after it, cut to the
     * buffer. Another message waiting stays pending for the next interruption.
     */
    @Override
    public int present() {
        Message message;
        int address;
        int room;
        boolean more;
        synchronized (this) {
            message = authorized ? waiting.pollFirst() : null;
            address = buffer;
            room = bufferLength - HEADER_LENGTH;
            more = !waiting.isEmpty();
        }
        if (message == null) {
            return -1;
        }
        MainStorage storage = cpu.storage();
        if (!storage.contains(address + bufferLength - 1)) {
            return -1;
        }
        byte[] text = EBCDIC.encode(message.text());
        int length = Math.min(text.length, room);
        storage.write(address, 4, SENDX);
        storage.write(address + 4, 4, ++messageIds);
        storage.writeBytes(address + 8, EBCDIC.encodePadded("SYSTEM", 8), 0, 8);
        storage.write(address + 16, 4, address + HEADER_LENGTH);
        storage.write(address + 20, 4, length);
        storage.write(address + 24, 8, 0);
        storage.writeBytes(address + 32, EBCDIC.encodePadded(message.sender(), 8), 0, 8);
        storage.writeBytes(address + HEADER_LENGTH, text, 0, length);
        for (int block = address & ~(MainStorage.KEY_BLOCK_SIZE - 1); block < address + HEADER_LENGTH + length;
             block += MainStorage.KEY_BLOCK_SIZE) {
            storage.markAccess(block, true);
        }
        if (more) {
            cpu.raiseExternal(this);
        }
        return INTERRUPTION_CODE;
    }
}
