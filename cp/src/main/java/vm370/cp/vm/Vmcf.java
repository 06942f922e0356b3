package vm370.cp.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ExternalCondition;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;

/**
 * One machine's side of the virtual machine communication facility (DIAGNOSE X'68'): its
 * authorization and external interruption buffer, the messages sent to it and by it, and the
 * VMCF interruptions (X'4001', CR0 bit 31) waiting for it, priority ones first. Data moves as CP
 * moved it, between the two machines' storages: SEND data is fetched on the source's thread, stored
 * on the sink's at RECEIVE, and a REPLY is stored in the source's reply buffer as its response is
 * presented. Each endpoint's monitor guards its own state; no code holds two at once.
 * @vm370 DMKVMC
 */
public final class Vmcf implements ExternalCondition {

    /** The external interruption code of VMCF. */
    public static final int INTERRUPTION_CODE = 0x4001;
    /** CR0 bit 31: the VMCF subclass mask. */
    public static final int SUBCLASS_MASK = 0x0000_0001;
    /** Bytes of the message header; SENDX data follows it in the buffer. */
    public static final int HEADER_LENGTH = VmcfHeader.LENGTH;
    /** Messages a machine may have in flight (awaiting their final response). */
    public static final int MESSAGE_LIMIT = 50;
    /** Special messages waiting at most; more are refused until the program catches up. */
    public static final int SPECIAL_LIMIT = 64;

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final byte[] NOTHING = new byte[0];

    /** An interruption waiting to be presented. */
    private sealed interface Pending {
        /** A SEND-type request at the sink. */
        record Send(VmcfMessage message) implements Pending { }

        /** A final response at the source, with the reply data for its reply buffer. */
        record Response(VmcfMessage message, VmcfHeader header, byte[] reply) implements Pending { }

        /** A special message (SMSG), a SENDX from the system. */
        record Special(SpecialMessages.Message message) implements Pending { }
    }

    private final String userid;
    private final Cpu cpu;
    private final Consumer<Runnable> onMachineThread;

    // Guarded by this.
    private boolean authorized;
    private int buffer;
    private int bufferLength;
    /** AUTHORIZE SPECIFIC: the one user this machine talks to; null for anyone. */
    private String partner;
    private boolean priorityAccepted;
    private boolean quiesced;
    /** Messages sent to this machine that it has still to RECEIVE, REPLY or REJECT. */
    private final List<VmcfMessage> incoming = new ArrayList<>();
    /** Messages this machine sent whose final response it has not taken yet. */
    private final List<VmcfMessage> outgoing = new ArrayList<>();
    private final ArrayDeque<Pending> priorityQueue = new ArrayDeque<>();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int specialWaiting;
    private int specialIds;

    Vmcf(String userid, Cpu cpu, Consumer<Runnable> onMachineThread) {
        this.userid = userid;
        this.cpu = cpu;
        this.onMachineThread = onMachineThread;
    }

    public String userid() {
        return userid;
    }

    public synchronized boolean authorized() {
        return authorized;
    }

    /**
     * AUTHORIZE (again, to change the buffer): VMCF interruptions come with their header in the
     * {@code length} bytes at {@code address}; {@code specificUser} (or null) is the only partner,
     * {@code priority} lets priority messages in. The caller has checked the buffer.
     */
    public synchronized void authorize(int address, int length, String specificUser, boolean priority) {
        authorized = true;
        buffer = address;
        bufferLength = length;
        partner = specificUser;
        priorityAccepted = priority;
    }

    /**
     * UNAUTHORIZE (and IPL, reset, LOGOFF): no more VMCF. Messages sent to this machine end with a
     * final response of "user not available" to their sources; those it sent are withdrawn;
     * interruptions not yet presented are dropped.
     */
    public void unauthorize() {
        List<VmcfMessage> dropped;
        List<VmcfMessage> sent;
        synchronized (this) {
            authorized = false;
            partner = null;
            priorityAccepted = false;
            quiesced = false;
            dropped = List.copyOf(incoming);
            sent = List.copyOf(outgoing);
            incoming.clear();
            outgoing.clear();
            priorityQueue.clear();
            queue.clear();
            specialWaiting = 0;
        }
        for (VmcfMessage m : dropped) {
            m.source().respond(m, VmcfHeader.response(m, false, VmcfReturnCode.USER_NOT_AVAILABLE, m.dataResidual(),
                    m.replyLength(), m.userWord()), NOTHING);
        }
        for (VmcfMessage m : sent) {
            m.sink().withdraw(m);
        }
    }

    /** QUIESCE (true) and RESUME (false): SEND-type requests from others are refused meanwhile. */
    public synchronized void quiesce(boolean on) {
        quiesced = on;
    }

    /**
     * SEND, SEND/RECV, SENDX or IDENTIFY to {@code sink}, on this (the source's) thread: the SEND
     * data is taken from this machine's storage now (the caller checked the range), and the sink
     * gets a SEND interruption. Codes: 5 sink not available, 7 SENDX data longer than the sink's
     * buffer, 8 duplicate message id, 9 sink quiesced, 10 too many messages in flight, 18 priority
     * not accepted.
     */
    public VmcfReturnCode send(Vmcf sink, VmcfFunction function, VmcfRequest request) {
        byte[] data = function == VmcfFunction.IDENTIFY ? NOTHING : fetch(request.addressA(), request.lengthA());
        VmcfMessage m = new VmcfMessage(this, sink, function, request, data);
        synchronized (this) {
            if (partner != null && !partner.equals(sink.userid)) {
                return VmcfReturnCode.USER_NOT_AVAILABLE;
            }
            if (m.answered()) {
                if (outgoing.stream().anyMatch(o -> o.messageId() == m.messageId() && o.sink() == sink)) {
                    return VmcfReturnCode.DUPLICATE_MESSAGE;
                }
                if (outgoing.size() >= MESSAGE_LIMIT) {
                    return VmcfReturnCode.MESSAGE_LIMIT_EXCEEDED;
                }
                // In flight before the sink sees it, so that a response however quick finds it here.
                outgoing.add(m);
            }
        }
        VmcfReturnCode code = sink.accept(m);
        if (code != VmcfReturnCode.NORMAL) {
            synchronized (this) {
                outgoing.remove(m);
            }
        }
        return code;
    }

    /** At the sink: a SEND-type request joins its interruptions, or the reason it cannot. */
    private VmcfReturnCode accept(VmcfMessage m) {
        synchronized (this) {
            if (!authorized || partner != null && !partner.equals(m.source().userid)) {
                return VmcfReturnCode.USER_NOT_AVAILABLE;
            }
            if (quiesced) {
                return VmcfReturnCode.QUIESCED;
            }
            if (m.priority() && !priorityAccepted) {
                return VmcfReturnCode.PRIORITY_NOT_AUTHORIZED;
            }
            if (m.function() == VmcfFunction.SENDX && m.data().length > bufferLength - HEADER_LENGTH) {
                return VmcfReturnCode.SENDX_TOO_LARGE;
            }
            if (m.function() != VmcfFunction.IDENTIFY) {
                incoming.add(m);
            }
            (m.priority() ? priorityQueue : queue).addLast(new Pending.Send(m));
        }
        signal();
        return VmcfReturnCode.NORMAL;
    }

    /**
     * RECEIVE, on this (the sink's) thread: the SEND data of message {@code messageId} from
     * {@code source} into the {@code length} bytes at {@code address} (checked by the caller). A
     * SEND is then complete and its source gets its final response. Codes: 3 not a SEND or
     * SEND/RECV or received already, 12 no such message, 13 its interruption not taken yet, 16 the
     * buffer is shorter than the data (what fits is moved), 17 it overlaps the data (a message to
     * oneself).
     */
    public VmcfReturnCode receive(int messageId, String source, int address, int length, long userWord) {
        Answer answer = take(messageId, source, VmcfFunction.RECEIVE);
        if (answer.refused() != null) {
            return answer.refused();
        }
        VmcfMessage m = answer.message();
        VmcfReturnCode code;
        if (m.source() == this && overlaps(m.dataAddress(), m.data().length, address, length)) {
            code = VmcfReturnCode.DESTRUCTIVE_OVERLAP;
        } else {
            int moved = Math.min(length, m.data().length);
            store(address, m.data(), moved);
            code = moved < m.data().length ? VmcfReturnCode.INCORRECT_LENGTH : VmcfReturnCode.NORMAL;
            synchronized (this) {
                m.dataResidual(m.data().length - moved);
            }
        }
        if (m.function() == VmcfFunction.SEND) {
            m.source().respond(m, VmcfHeader.response(m, false, code, m.dataResidual(), 0, userWord), NOTHING);
        }
        return code;
    }

    /**
     * REPLY to SEND/RECV message {@code messageId} from {@code source}, on the sink's thread: the
     * {@code length} bytes at {@code address} (checked by the caller) go to the source's reply
     * buffer with its final response. Codes: 3 not a SEND/RECV, 12 no such message (or the source
     * canceled it), 13 its interruption not taken yet, 16 longer than the reply buffer (what fits
     * is moved), 17 the reply buffer overlaps the data (a message to oneself).
     */
    public VmcfReturnCode reply(int messageId, String source, int address, int length, long userWord) {
        Answer answer = take(messageId, source, VmcfFunction.REPLY);
        if (answer.refused() != null) {
            return answer.refused();
        }
        VmcfMessage m = answer.message();
        if (m.source() == this && overlaps(m.replyAddress(), m.replyLength(), address, length)) {
            m.source().respond(m, VmcfHeader.response(m, false, VmcfReturnCode.DESTRUCTIVE_OVERLAP, m.dataResidual(),
                    m.replyLength(), userWord), NOTHING);
            return VmcfReturnCode.DESTRUCTIVE_OVERLAP;
        }
        int moved = Math.min(length, m.replyLength());
        VmcfReturnCode code = length > m.replyLength() ? VmcfReturnCode.INCORRECT_LENGTH : VmcfReturnCode.NORMAL;
        m.source().respond(m, VmcfHeader.response(m, false, code, m.dataResidual(), m.replyLength() - moved, userWord),
                fetch(address, moved));
        return code;
    }

    /**
     * REJECT message {@code messageId} from {@code source}: the source's final response says it
     * was rejected, with this user doubleword when it was a SEND/RECV. Codes as {@link #reply}'s.
     */
    public VmcfReturnCode reject(int messageId, String source, long userWord) {
        Answer answer = take(messageId, source, VmcfFunction.REJECT);
        if (answer.refused() != null) {
            return answer.refused();
        }
        VmcfMessage m = answer.message();
        long word = m.function() == VmcfFunction.SEND_RECEIVE ? userWord : m.userWord();
        m.source().respond(m, VmcfHeader.response(m, true, VmcfReturnCode.NORMAL, m.dataResidual(), m.replyLength(), word),
                NOTHING);
        return VmcfReturnCode.NORMAL;
    }

    /** The message a sink answers, or why it may not (then the message is null). */
    private record Answer(VmcfMessage message, VmcfReturnCode refused) { }

    /**
     * At the sink, for RECEIVE, REPLY or REJECT of message {@code messageId} from {@code source}:
     * refused when not there (12), its interruption not taken yet (13), received twice or a REPLY
     * to what is not a SEND/RECV (3). Else a RECEIVE marks it received (a SEND is then complete),
     * and a REPLY or REJECT completes it.
     */
    private synchronized Answer take(int messageId, String source, VmcfFunction response) {
        VmcfMessage m = find(incoming, messageId, source, true);
        if (m == null) {
            return new Answer(null, VmcfReturnCode.MESSAGE_NOT_FOUND);
        }
        if (m.state() == VmcfMessage.State.QUEUED) {
            return new Answer(null, VmcfReturnCode.SYNCHRONIZATION_ERROR);
        }
        boolean violation = switch (response) {
            case RECEIVE -> m.state() == VmcfMessage.State.RECEIVED;
            case REPLY -> m.function() != VmcfFunction.SEND_RECEIVE;
            default -> false;
        };
        if (violation) {
            return new Answer(null, VmcfReturnCode.PROTOCOL_VIOLATION);
        }
        if (response == VmcfFunction.RECEIVE) {
            m.state(VmcfMessage.State.RECEIVED);
        }
        if (response != VmcfFunction.RECEIVE || m.function() == VmcfFunction.SEND) {
            incoming.remove(m);
        }
        return new Answer(m, null);
    }

    /**
     * CANCEL message {@code messageId} this machine sent to {@code sink}: 0 withdrawn before the sink
     * took it, 11 the sink had received a SEND/RECV (its REPLY now finds nothing), 14 too late (the
     * sink has responded, or took a SENDX), 3 the message was sent to this machine, 12 no such message.
     */
    public VmcfReturnCode cancel(int messageId, String sink) {
        VmcfMessage m;
        synchronized (this) {
            m = find(outgoing, messageId, sink, false);
            if (m == null) {
                return find(incoming, messageId, sink, true) != null
                        ? VmcfReturnCode.PROTOCOL_VIOLATION : VmcfReturnCode.MESSAGE_NOT_FOUND;
            }
        }
        VmcfReturnCode code = m.sink().withdraw(m);
        if (code != VmcfReturnCode.CANCEL_TOO_LATE) {
            synchronized (this) {
                outgoing.remove(m);
            }
        }
        return code;
    }

    /** At the sink: the message goes, unless it is complete already. */
    private synchronized VmcfReturnCode withdraw(VmcfMessage m) {
        if (!incoming.remove(m)) {
            return VmcfReturnCode.CANCEL_TOO_LATE;
        }
        (m.priority() ? priorityQueue : queue).remove(new Pending.Send(m));
        return m.state() == VmcfMessage.State.RECEIVED ? VmcfReturnCode.REPLY_CANCELED : VmcfReturnCode.NORMAL;
    }

    /** At the source: the final response of one of its messages joins its interruptions (none once it unauthorized). */
    private void respond(VmcfMessage m, VmcfHeader header, byte[] reply) {
        synchronized (this) {
            if (!authorized || !outgoing.contains(m)) {
                return;
            }
            (m.priority() ? priorityQueue : queue).addLast(new Pending.Response(m, header, reply));
        }
        signal();
    }

    /**
     * SMSG to the program: a SENDX from the system, queued when a program is authorized and not
     * too many wait. The SMSG ON check is the caller's ({@link SpecialMessages}).
     */
    SpecialMessages.Offer offerSpecial(SpecialMessages.Message message) {
        synchronized (this) {
            if (!authorized) {
                return SpecialMessages.Offer.NOT_AUTHORIZED;
            }
            if (specialWaiting >= SPECIAL_LIMIT) {
                return SpecialMessages.Offer.FULL;
            }
            specialWaiting++;
            queue.addLast(new Pending.Special(message));
        }
        signal();
        return SpecialMessages.Offer.DELIVERED;
    }

    private void signal() {
        onMachineThread.accept(() -> cpu.raiseExternal(this));
    }

    @Override
    public int subclassMask() {
        return SUBCLASS_MASK;
    }

    /**
     * As the interruption is taken (on the machine's thread): the next pending one, priority first,
     * goes to the buffer: its header, a SENDX's data after it, a response's reply data into the
     * reply buffer. Another waiting stays pending for the next interruption.
     */
    @Override
    public int present() {
        while (true) {
            Pending next;
            int address;
            int room;
            boolean more;
            synchronized (this) {
                next = authorized ? poll() : null;
                if (next == null) {
                    return -1;
                }
                address = buffer;
                room = bufferLength - HEADER_LENGTH;
                more = !priorityQueue.isEmpty() || !queue.isEmpty();
            }
            if (presentOne(next, address, room)) {
                if (more) {
                    cpu.raiseExternal(this);
                }
                return INTERRUPTION_CODE;
            }
        }
    }

    /** Takes the next interruption off its queue and moves the transaction on; guarded by this. */
    private Pending poll() {
        Pending next = priorityQueue.isEmpty() ? queue.pollFirst() : priorityQueue.pollFirst();
        switch (next) {
            case null -> { }
            case Pending.Send send -> {
                VmcfMessage m = send.message();
                m.state(VmcfMessage.State.PRESENTED);
                if (m.function() == VmcfFunction.SENDX) {
                    incoming.remove(m);
                }
            }
            case Pending.Response response -> outgoing.remove(response.message());
            case Pending.Special special -> specialWaiting--;
        }
        return next;
    }

    /**
     * Stores one interruption's header and data; false when there was nothing to present after all
     * (a SENDX grown too large for a buffer AUTHORIZE made smaller). The buffers were checked at
     * AUTHORIZE and SEND/RECV, and storage does not shrink under them: DEFINE STORAGE unauthorizes.
     */
    private boolean presentOne(Pending next, int address, int room) {
        MainStorage storage = cpu.storage();
        switch (next) {
            case Pending.Send send -> {
                VmcfMessage m = send.message();
                if (m.function() == VmcfFunction.SENDX) {
                    if (m.data().length > room) {
                        m.source().respond(m, VmcfHeader.response(m, false, VmcfReturnCode.SENDX_TOO_LARGE,
                                m.data().length, 0, m.userWord()), NOTHING);
                        return false;
                    }
                    store(address + HEADER_LENGTH, m.data(), m.data().length);
                    m.source().respond(m, VmcfHeader.response(m, false, VmcfReturnCode.NORMAL, 0, 0, m.userWord()), NOTHING);
                }
                VmcfHeader.send(m).store(storage, address);
            }
            case Pending.Response response -> {
                store(response.message().replyAddress(), response.reply(), response.reply().length);
                response.header().store(storage, address);
            }
            case Pending.Special special -> presentSpecial(special.message(), address, room);
        }
        markAccess(address, HEADER_LENGTH, true);
        return true;
    }

    /**
     * A special message as VM/370 presented it: VMCMFUNC SENDX, VMCMUSER 'SYSTEM', VMCMVADA the
     * text's address in the buffer, VMCMLENA its length, the sender's userid as the user
     * doubleword, and the text after the header, cut to the buffer.
     */
    private void presentSpecial(SpecialMessages.Message message, int address, int room) {
        byte[] text = EBCDIC.encode(message.text());
        int length = Math.min(text.length, room);
        int id;
        synchronized (this) {
            id = ++specialIds;
        }
        new VmcfHeader(0, 0, VmcfFunction.SENDX.code(), id, "SYSTEM", address + HEADER_LENGTH, length, 0, 0,
                VmcfHeader.userWord(message.sender())).store(cpu.storage(), address);
        store(address + HEADER_LENGTH, text, length);
    }

    /** Copies {@code length} bytes of this machine's storage (checked by the caller); on its thread. */
    private byte[] fetch(int address, int length) {
        if (length <= 0) {
            return NOTHING;
        }
        byte[] data = new byte[length];
        cpu.storage().readBytes(address, data, 0, length);
        markAccess(address, length, false);
        return data;
    }

    /** Stores into this machine's storage (checked by the caller) as a channel would: change bits set. */
    private void store(int address, byte[] data, int length) {
        if (length <= 0) {
            return;
        }
        cpu.storage().writeBytes(address, data, 0, length);
        markAccess(address, length, true);
    }

    private void markAccess(int address, int length, boolean stored) {
        MainStorage storage = cpu.storage();
        for (int block = address & ~(MainStorage.KEY_BLOCK_SIZE - 1); block < address + length;
             block += MainStorage.KEY_BLOCK_SIZE) {
            storage.markAccess(block, stored);
        }
    }

    private static boolean overlaps(int a, int aLength, int b, int bLength) {
        return aLength > 0 && bLength > 0 && a < b + bLength && b < a + aLength;
    }

    /** The message with this id to or from {@code userid} ({@code bySource}: the other side is its source). */
    private static VmcfMessage find(List<VmcfMessage> messages, int id, String other, boolean bySource) {
        for (VmcfMessage m : messages) {
            if (m.messageId() == id && (bySource ? m.source() : m.sink()).userid.equals(other)) {
                return m;
            }
        }
        return null;
    }
}
