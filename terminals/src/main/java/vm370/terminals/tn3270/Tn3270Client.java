package vm370.terminals.tn3270;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.net.SocketFactory;
import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.BufferAddress.AddressMode;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.StructuredField;
import vm370.terminals.screen.Keyboard;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.telnet.TelnetCommand;
import vm370.terminals.telnet.TelnetDecoder;
import vm370.terminals.telnet.TelnetEvent;
import vm370.terminals.telnet.TelnetOption;
import vm370.terminals.telnet.TelnetWriter;

/**
 * The terminal side of TN3270(E): negotiates as a 3270 of a given type, keeps a {@link Screen}
 * that host records are applied to, answers host reads and queries, and sends AIDs. Used by the
 * Lanterna emulator and the load generator. The screen is guarded by this client's lock:
 * use {@link #withScreen}. A reading virtual thread applies what the host sends.
 */
public final class Tn3270Client implements AutoCloseable, TelnetDecoder.Sink {

    /** How to connect: the type to claim, TN3270E or not, an LU name to ask for (or null), TLS or not. */
    public record Options(TerminalType type, boolean tn3270e, String luName, SocketFactory socketFactory,
                          Duration connectTimeout) {
        public static Options of(TerminalType type) {
            return new Options(type, true, null, SocketFactory.getDefault(), Duration.ofSeconds(10));
        }

        public Options withTn3270e(boolean on) {
            return new Options(type, on, luName, socketFactory, connectTimeout);
        }

        public Options withLuName(String name) {
            return new Options(type, tn3270e, name, socketFactory, connectTimeout);
        }

        public Options withSocketFactory(SocketFactory factory) {
            return new Options(type, tn3270e, luName, factory, connectTimeout);
        }
    }

    private final Options options;
    private final Socket socket;
    private final OutputStream out;
    private final TelnetDecoder decoder = new TelnetDecoder(this, 512);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Screen screen;
    private final Keyboard keyboard;
    private final AddressMode addressMode;
    // Guarded by lock.
    private final ByteWriter record = new ByteWriter(1024);
    private final ByteWriter encoded = new ByteWriter(1024);
    private final ByteWriter frame = new ByteWriter(1024);
    private long updates;
    private boolean tn3270eActive;
    private int binaryEor;
    private String luName;
    private String closeReason;
    private volatile Runnable onChange = () -> { };

    private Tn3270Client(Options options, Socket socket) throws IOException {
        this.options = options;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.screen = new Screen(options.type());
        this.keyboard = new Keyboard(screen, Ebcdic.CP037);
        this.addressMode = AddressMode.forBufferSize(options.type().bufferCapacity());
    }

    /** Connects and starts reading; negotiation goes on in the background (see {@link #awaitUnlocked}). */
    public static Tn3270Client connect(String host, int port, Options options) throws IOException {
        Socket socket = options.socketFactory().createSocket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) options.connectTimeout().toMillis());
            socket.setTcpNoDelay(true);
            Tn3270Client client = new Tn3270Client(options, socket);
            InputStream in = socket.getInputStream();
            Thread.ofVirtual().name("tn3270-client-" + port).start(() -> client.readLoop(in));
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Called (on the reading thread) after every change the host makes. */
    public void setOnChange(Runnable listener) {
        onChange = listener == null ? () -> { } : listener;
    }

    private void readLoop(InputStream in) {
        byte[] buffer = new byte[2048];
        String reason = "disconnected by the host";
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                lock.lock();
                try {
                    decoder.feed(buffer, 0, n);
                } finally {
                    lock.unlock();
                }
                onChange.run();
            }
        } catch (IOException e) {
            reason = "connection lost: " + e.getMessage();
        } finally {
            closeWith(reason);
        }
    }

    // ---- decoder sink (reading thread, lock held) ----

    @Override
    public void data(int b) {
        if (record.size() < 65536) {
            record.put(b);
        }
    }

    @Override
    public void event(TelnetEvent event) {
        switch (event) {
            case TelnetEvent.EndOfRecord e -> endOfRecord();
            case TelnetEvent.Negotiation n -> negotiation(n.command(), n.option());
            case TelnetEvent.Subnegotiation s -> subnegotiation(s.option(), s.data());
            case TelnetEvent.Command c -> {
            }
            case TelnetEvent.Malformed m -> closeWith("telnet protocol error: " + m.reason());
        }
    }

    private void negotiation(TelnetCommand command, int option) {
        boolean wanted = option == TelnetOption.TERMINAL_TYPE || option == TelnetOption.END_OF_RECORD
                || option == TelnetOption.BINARY || option == TelnetOption.TN3270E && options.tn3270e();
        if (command == TelnetCommand.DO) {
            sendNegotiation(wanted ? TelnetCommand.WILL : TelnetCommand.WONT, option);
        } else if (command == TelnetCommand.WILL) {
            sendNegotiation(wanted ? TelnetCommand.DO : TelnetCommand.DONT, option);
        }
        if (wanted && (option == TelnetOption.END_OF_RECORD || option == TelnetOption.BINARY)) {
            binaryEor++;
        }
        changed.signalAll();
    }

    private void subnegotiation(int option, byte[] data) {
        if (option == TelnetOption.TERMINAL_TYPE && data.length > 0 && data[0] == TelnetOption.TERMINAL_TYPE_SEND) {
            byte[] name = options.type().name().getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[name.length + 1];
            body[0] = TelnetOption.TERMINAL_TYPE_IS;
            System.arraycopy(name, 0, body, 1, name.length);
            sendSubnegotiation(TelnetOption.TERMINAL_TYPE, body);
        } else if (option == TelnetOption.TN3270E && data.length >= 2) {
            tn3270e(data);
        }
    }

    private void tn3270e(byte[] data) {
        int operation = data[0] & 0xFF;
        int verb = data[1] & 0xFF;
        ByteWriter body = new ByteWriter(32);
        if (operation == Tn3270e.Operation.SEND.wireCode() && verb == Tn3270e.Operation.DEVICE_TYPE.wireCode()) {
            body.put(Tn3270e.Operation.DEVICE_TYPE.wireCode());
            body.put(Tn3270e.Operation.REQUEST.wireCode());
            body.put(options.type().name().getBytes(StandardCharsets.US_ASCII));
            if (options.luName() != null) {
                body.put(Tn3270e.Operation.CONNECT.wireCode());
                body.put(options.luName().getBytes(StandardCharsets.US_ASCII));
            }
            sendSubnegotiation(TelnetOption.TN3270E, body.toByteArray());
        } else if (operation == Tn3270e.Operation.DEVICE_TYPE.wireCode() && verb == Tn3270e.Operation.IS.wireCode()) {
            int connect = 2;
            while (connect < data.length && data[connect] != Tn3270e.Operation.CONNECT.wireCode()) {
                connect++;
            }
            luName = connect < data.length ? new String(data, connect + 1, data.length - connect - 1, StandardCharsets.US_ASCII) : null;
            sendSubnegotiation(TelnetOption.TN3270E, new byte[] {(byte) Tn3270e.Operation.FUNCTIONS.wireCode(),
                (byte) Tn3270e.Operation.REQUEST.wireCode(), (byte) Tn3270e.Function.RESPONSES.wireCode()});
        } else if (operation == Tn3270e.Operation.DEVICE_TYPE.wireCode() && verb == Tn3270e.Operation.REJECT.wireCode()) {
            closeWith("device type rejected, reason " + (data.length > 3 ? data[3] : -1));
        } else if (operation == Tn3270e.Operation.FUNCTIONS.wireCode()) {
            if (verb == Tn3270e.Operation.REQUEST.wireCode()) {
                data[1] = (byte) Tn3270e.Operation.IS.wireCode();
                sendSubnegotiation(TelnetOption.TN3270E, data);
            }
            tn3270eActive = true;
            changed.signalAll();
        }
    }

    private void endOfRecord() {
        int offset = tn3270eActive ? Tn3270e.HEADER_LENGTH : 0;
        int length = record.size() - offset;
        try {
            if (length > 0 && (offset == 0 || record.array()[0] == Tn3270e.DataType.DATA_3270.wireCode())) {
                host(DataStreamCodec.decodeOutbound(record.array(), offset, length));
            }
        } catch (DataStreamException e) {
            // A real terminal rejects a bad record (operation check) and stays connected.
            screen.setKeyboardLocked(false);
        } finally {
            record.reset();
        }
        updates++;
        changed.signalAll();
    }

    private void host(OutboundRecord outbound) {
        screen.apply(outbound);
        switch (outbound) {
            case OutboundRecord.Read r -> send(switch (r.command()) {
                case READ_BUFFER -> screen.readBuffer(screen.pendingAid());
                case READ_MODIFIED_ALL -> screen.readModified(screen.pendingAid(), true);
                default -> screen.readModified(screen.pendingAid(), false);
            });
            case OutboundRecord.WriteStructuredField wsf -> {
                for (StructuredField field : wsf.fields()) {
                    if (field instanceof StructuredField.ReadPartition rp && rp.type() == StructuredField.ReadPartition.QUERY) {
                        send(new InboundRecord.StructuredFields(List.<StructuredField>copyOf(options.type().queryReplies())));
                    }
                }
            }
            case OutboundRecord.Write w -> {
            }
            case OutboundRecord.EraseAllUnprotected e -> {
            }
        }
    }

    // ---- sending (lock held) ----

    private void send(InboundRecord inbound) {
        encoded.reset();
        DataStreamCodec.encode(inbound, addressMode, encoded);
        frame.reset();
        if (tn3270eActive) {
            frame.put(new byte[Tn3270e.HEADER_LENGTH]);
        }
        TelnetWriter.data(frame, encoded.array(), 0, encoded.size());
        TelnetWriter.endOfRecord(frame);
        write(frame);
    }

    private void sendNegotiation(TelnetCommand command, int option) {
        frame.reset();
        TelnetWriter.negotiate(frame, command, option);
        write(frame);
    }

    private void sendSubnegotiation(int option, byte[] body) {
        frame.reset();
        TelnetWriter.subnegotiation(frame, option, body);
        write(frame);
    }

    private void write(ByteWriter bytes) {
        try {
            out.write(bytes.array(), 0, bytes.size());
            out.flush();
        } catch (IOException e) {
            closeWith("output failed: " + e.getMessage());
        }
    }

    // ---- the operator's side ----

    /** Runs {@code action} on the screen and keyboard under the lock. */
    public <T> T withScreen(Function<Keyboard, T> action) {
        lock.lock();
        try {
            return action.apply(keyboard);
        } finally {
            lock.unlock();
        }
    }

    /** Presses an AID key; false when the keyboard is locked. */
    public boolean press(Aid aid) {
        lock.lock();
        try {
            InboundRecord inbound = keyboard.press(aid);
            if (inbound == null) {
                return false;
            }
            send(inbound);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** How many host records have arrived so far. */
    public long updates() {
        lock.lock();
        try {
            return updates;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the keyboard is unlocked (the host has written a screen); false on timeout or close. */
    public boolean awaitUnlocked(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (screen.isKeyboardLocked() && closeReason == null) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return closeReason == null;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until more than {@code seen} host records have arrived; false on timeout or close. */
    public boolean awaitUpdate(long seen, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (updates <= seen && closeReason == null) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return updates > seen;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the connection to end; false on timeout. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (closeReason == null) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** True once TN3270E functions are agreed. */
    public boolean isTn3270e() {
        lock.lock();
        try {
            return tn3270eActive;
        } finally {
            lock.unlock();
        }
    }

    /** The LU name the server assigned in TN3270E mode, or null. */
    public String luName() {
        lock.lock();
        try {
            return luName;
        } finally {
            lock.unlock();
        }
    }

    public TerminalType type() {
        return options.type();
    }

    /** Why the connection ended, or null while it is open. */
    public String closeReason() {
        lock.lock();
        try {
            return closeReason;
        } finally {
            lock.unlock();
        }
    }

    private void closeWith(String reason) {
        lock.lock();
        try {
            if (closeReason == null) {
                closeReason = reason;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing more to do with a socket that will not close.
        }
        onChange.run();
    }

    @Override
    public void close() {
        closeWith("closed by the operator");
    }
}
