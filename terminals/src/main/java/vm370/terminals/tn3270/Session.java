package vm370.terminals.tn3270;

import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLSocket;
import vm370.terminals.Terminal;
import vm370.terminals.TerminalHandler;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.line.NvtLineTerminal;
import vm370.terminals.telnet.TelnetConnection;
import vm370.terminals.telnet.TelnetDecoder;
import vm370.terminals.telnet.TelnetEvent;

/**
 * One connection's life on its own virtual thread: TLS handshake, telnet negotiation within the
 * negotiation timeout, the Read Partition Query for extended displays, the handler started on a
 * second virtual thread, then reading until the peer leaves, idles out or misbehaves. Whatever
 * happens here touches no other session.
 */
public final class Session implements Runnable, TelnetDecoder.Sink {

    private static final System.Logger LOG = System.getLogger("vm370.terminals");

    private final TelnetConnection connection;
    private final TerminalServerConfig config;
    private final LuNames luNames;
    private final TerminalHandler handler;
    private final Runnable onEnd;
    private final ServerNegotiation negotiation;
    private final TelnetDecoder decoder;
    private final ByteWriter replies = new ByteWriter(64);
    private final byte[] buffer = new byte[2048];
    private TelnetDecoder.Sink target;
    private Terminal terminal;

    public Session(TelnetConnection connection, TerminalServerConfig config, LuNames luNames,
                   TerminalHandler handler, Runnable onEnd) {
        this.connection = connection;
        this.config = config;
        this.luNames = luNames;
        this.handler = handler;
        this.onEnd = onEnd;
        this.negotiation = new ServerNegotiation(luNames, config.offerTn3270e());
        this.decoder = new TelnetDecoder(this, 512);
    }

    public TelnetConnection connection() {
        return connection;
    }

    @Override
    public void run() {
        String reason = "disconnected by the client";
        try {
            negotiate();
            if (terminal != null) {
                startHandler();
                connection.setReadTimeout(config.idleTimeout());
                readUntilClosed();
            } else if (negotiation.outcome() instanceof NegotiationOutcome.Failed failed) {
                reason = "negotiation failed: " + failed.reason();
            }
        } catch (SocketTimeoutException e) {
            reason = terminal == null || awaitingQuery() ? "negotiation timed out" : "idle timeout";
        } catch (IOException e) {
            reason = e instanceof EOFException ? reason : "connection lost: " + e.getMessage();
        } finally {
            connection.close(reason);
            end(connection.closeReason());
        }
    }

    private void negotiate() throws IOException {
        long deadline = System.nanoTime() + config.negotiationTimeout().toNanos();
        connection.setReadTimeout(config.negotiationTimeout());
        if (connection.socket() instanceof SSLSocket ssl) {
            ssl.startHandshake();
        }
        negotiation.start(replies);
        flushReplies();
        while (negotiation.outcome() == null) {
            readSome(deadline);
        }
        if (terminal instanceof Tn3270Terminal display && display.type().extended()) {
            display.query();
            while (display.isAwaitingQuery()) {
                readSome(deadline);
            }
        }
    }

    private boolean awaitingQuery() {
        return terminal instanceof Tn3270Terminal display && display.isAwaitingQuery();
    }

    private void readSome(long deadline) throws IOException {
        if (System.nanoTime() - deadline > 0) {
            throw new SocketTimeoutException("negotiation");
        }
        int n = connection.read(buffer);
        if (n < 0) {
            throw new EOFException();
        }
        decoder.feed(buffer, 0, n);
        flushReplies();
        if (connection.isClosed()) {
            throw new EOFException();
        }
    }

    private void readUntilClosed() throws IOException {
        while (!connection.isClosed()) {
            int n = connection.read(buffer);
            if (n < 0) {
                return;
            }
            decoder.feed(buffer, 0, n);
        }
    }

    private void flushReplies() {
        if (replies.size() > 0) {
            connection.send(replies);
            replies.reset();
        }
    }

    private void startHandler() {
        Terminal t = terminal;
        Thread.ofVirtual().name("terminal-" + t.name()).start(() -> {
            try {
                handler.serve(t);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "terminal handler for {0} at {1} failed: {2}", t.name(), t.peer(), e.toString());
            } finally {
                t.close();
            }
        });
    }

    private void end(String reason) {
        LOG.log(Level.DEBUG, "terminal {0} ended: {1}", connection.peer(), reason);
        switch (terminal) {
            case null -> negotiation.abandon();
            case Tn3270Terminal display -> {
                display.disconnected(reason);
                luNames.release(display.name());
            }
            case NvtLineTerminal line -> {
                line.disconnected(reason);
                luNames.release(line.name());
            }
        }
        onEnd.run();
    }

    // ---- decoder sink: negotiation first, then the terminal ----

    @Override
    public void data(int b) {
        if (target != null) {
            target.data(b);
            return;
        }
        negotiation.data(b);
        negotiated();
        if (target != null) {
            target.data(b);
        }
    }

    @Override
    public void event(TelnetEvent event) {
        if (target != null) {
            target.event(event);
        } else {
            negotiation.event(event, replies);
            negotiated();
        }
    }

    private void negotiated() {
        switch (negotiation.outcome()) {
            case null -> {
            }
            case NegotiationOutcome.Display d -> {
                Tn3270Terminal display = new Tn3270Terminal(connection, d.type(), d.luName(), d.tn3270e(), config.maxRecordBytes());
                terminal = display;
                target = display;
            }
            case NegotiationOutcome.Line l -> {
                NvtLineTerminal line = new NvtLineTerminal(connection, luNames.allocate(), l.terminalType());
                terminal = line;
                target = line;
            }
            case NegotiationOutcome.Failed f -> connection.close("negotiation failed: " + f.reason());
        }
    }
}
