package vm370.terminals.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import vm370.terminals.LineInput;
import vm370.terminals.LineTerminal;
import vm370.terminals.TerminalListener;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.telnet.TelnetCommand;
import vm370.terminals.telnet.TelnetConnection;
import vm370.terminals.telnet.TelnetDecoder;
import vm370.terminals.telnet.TelnetEvent;
import vm370.terminals.telnet.TelnetOption;
import vm370.terminals.telnet.TelnetWriter;

/**
 * A plain telnet client (NVT) as a typewriter console: lines in UTF-8, ended by CR LF, CR NUL or
 * LF; BS and DEL edit the line for clients in character mode; BRK and IP are the attention key.
 * The client echoes locally, as a 3215 typewriter did.
 */
public final class NvtLineTerminal implements LineTerminal, TelnetDecoder.Sink {

    /** The longest input line kept; the rest of a longer line is dropped. */
    public static final int MAX_LINE = 1024;
    private static final int MAX_PENDING = 64;

    private final TelnetConnection connection;
    private final String name;
    private final String terminalType;
    private final BlockingQueue<LineInput> inbox = new LinkedBlockingQueue<>(MAX_PENDING + 1);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ByteWriter frame = new ByteWriter(256);
    // Owned by the reading thread.
    private final byte[] line = new byte[MAX_LINE];
    private int lineLength;
    private boolean afterCr;
    private final boolean[] refused = new boolean[256];
    private volatile TerminalListener listener;
    private volatile boolean disconnected;

    public NvtLineTerminal(TelnetConnection connection, String name, String terminalType) {
        this.connection = connection;
        this.name = name;
        this.terminalType = terminalType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String peer() {
        return connection.peer();
    }

    @Override
    public String terminalType() {
        return terminalType;
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
    public boolean writeLine(String text) {
        return write(text + "\n");
    }

    @Override
    public boolean write(String text) {
        if (!isConnected()) {
            return false;
        }
        byte[] bytes = text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        writeLock.lock();
        try {
            frame.reset();
            TelnetWriter.data(frame, bytes, 0, bytes.length);
            return connection.send(frame);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public boolean hideInput(boolean hidden) {
        if (!isConnected()) {
            return false;
        }
        writeLock.lock();
        try {
            frame.reset();
            TelnetWriter.negotiate(frame, hidden ? TelnetCommand.WILL : TelnetCommand.WONT, TelnetOption.ECHO);
            return connection.send(frame);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public LineInput read() throws InterruptedException {
        return keepDisconnected(inbox.take());
    }

    @Override
    public LineInput read(Duration timeout) throws InterruptedException {
        LineInput input = inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return input == null ? new LineInput.TimedOut() : keepDisconnected(input);
    }

    private LineInput keepDisconnected(LineInput input) {
        if (input instanceof LineInput.Disconnected) {
            inbox.offer(input);
        }
        return input;
    }

    @Override
    public void close() {
        connection.close("closed by the host");
    }

    // ---- the reading thread's side ----

    @Override
    public void data(int b) {
        boolean crBefore = afterCr;
        afterCr = b == '\r';
        if (b == '\r' || b == '\n' && !crBefore) {
            endLine();
        } else if (b == 0x08 || b == 0x7F) {
            eraseCharacter();
        } else if (b >= 0x20 || b == '\t') {
            if (lineLength < MAX_LINE) {
                line[lineLength++] = (byte) b;
            }
        }
    }

    private void eraseCharacter() {
        // Step back over a whole UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (lineLength > 0 && (line[--lineLength] & 0xC0) == 0x80) {
            // keep stepping back
        }
    }

    private void endLine() {
        String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
        lineLength = 0;
        deliver(new LineInput.Line(text));
    }

    @Override
    public void event(TelnetEvent event) {
        switch (event) {
            case TelnetEvent.Command c when c.command() == TelnetCommand.BREAK
                    || c.command() == TelnetCommand.INTERRUPT_PROCESS -> {
                lineLength = 0;
                deliver(new LineInput.Attention());
            }
            case TelnetEvent.Command c when c.command() == TelnetCommand.ERASE_LINE -> lineLength = 0;
            case TelnetEvent.Command c when c.command() == TelnetCommand.ERASE_CHARACTER -> eraseCharacter();
            case TelnetEvent.Command c when c.command() == TelnetCommand.ARE_YOU_THERE -> write("[YES]\n");
            case TelnetEvent.Command c -> {
            }
            case TelnetEvent.Malformed m -> connection.close("telnet protocol error: " + m.reason());
            // DO and DONT ECHO answer the host's own WILL and WONT ECHO (hideInput): nothing to say back.
            case TelnetEvent.Negotiation n when n.option() == TelnetOption.ECHO
                    && (n.command() == TelnetCommand.DO || n.command() == TelnetCommand.DONT) -> {
            }
            case TelnetEvent.Negotiation n -> refuse(n);
            case TelnetEvent.Subnegotiation s -> {
            }
            case TelnetEvent.EndOfRecord e -> {
            }
        }
    }

    /** Says no, once per option, to what a line terminal does not use (answers must not loop). */
    private void refuse(TelnetEvent.Negotiation n) {
        boolean asked = n.command() == TelnetCommand.WILL || n.command() == TelnetCommand.DO;
        if (asked && !refused[n.option()]) {
            refused[n.option()] = true;
            writeLock.lock();
            try {
                frame.reset();
                TelnetWriter.negotiate(frame, n.command() == TelnetCommand.WILL ? TelnetCommand.DONT : TelnetCommand.WONT, n.option());
                connection.send(frame);
            } finally {
                writeLock.unlock();
            }
        }
    }

    private void deliver(LineInput input) {
        if (!inbox.offer(input) || inbox.size() > MAX_PENDING) {
            connection.close("more than " + MAX_PENDING + " unread lines");
            return;
        }
        TerminalListener l = listener;
        if (l != null) {
            l.attention(this);
        }
    }

    /** Called once by the session when the connection has ended. */
    public void disconnected(String reason) {
        disconnected = true;
        inbox.clear();
        inbox.offer(new LineInput.Disconnected(reason));
        TerminalListener l = listener;
        if (l != null) {
            l.disconnected(this, reason);
        }
    }
}
