package vm370.terminals.tn3270;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.TerminalListener;
import vm370.terminals.datastream.BufferAddress.AddressMode;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.StructuredField;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.telnet.TelnetConnection;
import vm370.terminals.telnet.TelnetDecoder;
import vm370.terminals.telnet.TelnetEvent;
import vm370.terminals.telnet.TelnetWriter;

/**
 * A 3270 display on a TN3270 or TN3270E connection. The connection's reading thread assembles
 * records (feeding this as a decoder sink) and queues them; host threads write and read, and both
 * update the mirror screen under one lock, so a message may be written while another thread
 * waits in read(). A peer that sends a malformed record or floods unread input is dropped.
 */
public final class Tn3270Terminal implements Display3270Terminal, TelnetDecoder.Sink {

    /** Records a peer may send ahead of the host's reads before it counts as flooding. */
    private static final int MAX_PENDING = 64;

    private final TelnetConnection connection;
    private final String luName;
    private final boolean tn3270e;
    private final int maxRecord;
    private final BlockingQueue<DisplayInput> inbox = new LinkedBlockingQueue<>(MAX_PENDING + 1);
    private final ReentrantLock writeLock = new ReentrantLock();
    // Reader-side state, owned by the connection's reading thread.
    private final ByteWriter incoming = new ByteWriter(1024);
    // Writer-side buffers, guarded by writeLock.
    private final ByteWriter encoded = new ByteWriter(1024);
    private final ByteWriter frame = new ByteWriter(1024);
    private volatile TerminalType type;
    private volatile Screen screen;
    private volatile boolean awaitingQuery;
    private volatile TerminalListener listener;
    private volatile boolean disconnected;

    public Tn3270Terminal(TelnetConnection connection, TerminalType type, String luName, boolean tn3270e, int maxRecord) {
        this.connection = connection;
        this.type = type;
        this.screen = new Screen(type);
        this.luName = luName;
        this.tn3270e = tn3270e;
        this.maxRecord = maxRecord;
    }

    @Override
    public String name() {
        return luName;
    }

    @Override
    public String peer() {
        return connection.peer();
    }

    @Override
    public boolean isConnected() {
        return !disconnected && !connection.isClosed();
    }

    @Override
    public void setListener(TerminalListener listener) {
        this.listener = listener;
    }

    @Override
    public TerminalType type() {
        return type;
    }

    @Override
    public boolean isTn3270e() {
        return tn3270e;
    }

    @Override
    public Screen screen() {
        return screen;
    }

    @Override
    public boolean write(OutboundRecord record) {
        if (!isConnected()) {
            return false;
        }
        writeLock.lock();
        try {
            screen.apply(record);
            encoded.reset();
            DataStreamCodec.encode(record, AddressMode.forBufferSize(type.bufferCapacity()), encoded);
            frame.reset();
            if (tn3270e) {
                frame.put(Tn3270e.DataType.DATA_3270.wireCode());
                frame.put(0);
                frame.put(0);
                frame.put(0);
                frame.put(0);
            }
            TelnetWriter.data(frame, encoded.array(), 0, encoded.size());
            TelnetWriter.endOfRecord(frame);
            return connection.send(frame);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public DisplayInput read() throws InterruptedException {
        return accept(inbox.take());
    }

    @Override
    public DisplayInput read(Duration timeout) throws InterruptedException {
        DisplayInput input = inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return input == null ? new DisplayInput.TimedOut() : accept(input);
    }

    private DisplayInput accept(DisplayInput input) {
        switch (input) {
            case DisplayInput.Attention a -> {
                writeLock.lock();
                try {
                    screen.applyInbound(a.record());
                } finally {
                    writeLock.unlock();
                }
            }
            case DisplayInput.Disconnected d -> inbox.offer(d);
            case DisplayInput.TimedOut t -> {
            }
        }
        return input;
    }

    @Override
    public void close() {
        connection.close("closed by the host");
    }

    // ---- the reading thread's side ----

    /** Sends a Read Partition Query; the reply, when it comes, corrects the type. */
    void query() {
        awaitingQuery = true;
        write(OutboundRecord.readPartitionQuery());
    }

    boolean isAwaitingQuery() {
        return awaitingQuery;
    }

    @Override
    public void data(int b) {
        if (incoming.size() >= maxRecord) {
            connection.close("record longer than " + maxRecord + " bytes");
        } else {
            incoming.put(b);
        }
    }

    @Override
    public void event(TelnetEvent event) {
        switch (event) {
            case TelnetEvent.EndOfRecord e -> endOfRecord();
            case TelnetEvent.Malformed m -> connection.close("telnet protocol error: " + m.reason());
            case TelnetEvent.Negotiation n -> {
            }
            case TelnetEvent.Subnegotiation s -> {
            }
            case TelnetEvent.Command c -> {
            }
        }
    }

    private void endOfRecord() {
        int offset = 0;
        if (tn3270e) {
            if (incoming.size() < Tn3270e.HEADER_LENGTH) {
                connection.close("TN3270E record shorter than its header");
                return;
            }
            if (incoming.array()[0] != Tn3270e.DataType.DATA_3270.wireCode()) {
                incoming.reset();
                return;
            }
            offset = Tn3270e.HEADER_LENGTH;
        }
        int length = incoming.size() - offset;
        if (length == 0) {
            incoming.reset();
            return;
        }
        InboundRecord record;
        try {
            record = DataStreamCodec.decodeInbound(incoming.array(), offset, length);
        } catch (DataStreamException e) {
            connection.close("malformed 3270 data: " + e.getMessage());
            return;
        } finally {
            incoming.reset();
        }
        if (awaitingQuery && record instanceof InboundRecord.StructuredFields fields) {
            answered(fields);
            return;
        }
        if (!inbox.offer(new DisplayInput.Attention(record)) || inbox.size() > MAX_PENDING) {
            connection.close("more than " + MAX_PENDING + " unread records");
            return;
        }
        TerminalListener l = listener;
        if (l != null) {
            l.attention(this);
        }
    }

    private void answered(InboundRecord.StructuredFields fields) {
        var replies = fields.fields().stream()
                .filter(f -> f instanceof StructuredField.QueryReply)
                .map(f -> (StructuredField.QueryReply) f).toList();
        TerminalType corrected = type.withQueryReplies(replies);
        if (!corrected.equals(type)) {
            type = corrected;
            screen = new Screen(corrected);
        }
        awaitingQuery = false;
    }

    /** Called once by the session when the connection has ended. */
    void disconnected(String reason) {
        disconnected = true;
        inbox.clear();
        inbox.offer(new DisplayInput.Disconnected(reason));
        TerminalListener l = listener;
        if (l != null) {
            l.disconnected(this, reason);
        }
    }
}
