package vm370.rscs.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vm370.rscs.nje.ControlRecord;

/**
 * The TCPNJE listener: takes connections from peers, reads their 33-byte OPEN, and answers ACK
 * (then runs the connection for the link named by RHOST) or NAK: 1 for a node that is no started
 * link of ours or an OHOST that is not us, 2 for a link already active, 3 when our own open to that
 * node is under way and wins. A peer that sends no OPEN is dropped.
 */
public final class Listener implements AutoCloseable {

    private static final int OPEN_TIMEOUT_MS = 10_000;

    private final ServerSocket server;
    private final String localNode;
    private final Map<String, Link> links;
    private final Consumer<String> log;
    private volatile boolean closed;

    /** Listens on {@code port} (0: any free port) of every local address. */
    public Listener(int port, String localNode, Map<String, Link> links, Consumer<String> log) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getByName("0.0.0.0"));
        this.localNode = localNode;
        this.links = Map.copyOf(links);
        this.log = log;
        Thread.ofVirtual().name("rscs-listen-" + localNode).start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().name("rscs-accept").start(() -> take(socket));
            } catch (IOException e) {
                if (!closed) {
                    log.accept("LISTENER ERROR: " + e.getMessage());
                }
            }
        }
    }

    private void take(Socket socket) {
        try (socket) {
            socket.setSoTimeout(OPEN_TIMEOUT_MS);
            byte[] bytes = socket.getInputStream().readNBytes(ControlRecord.LENGTH);
            Optional<ControlRecord> open = ControlRecord.decode(bytes);
            if (open.isEmpty() || open.get().type() != ControlRecord.Type.OPEN) {
                log.accept("CONNECTION FROM " + socket.getInetAddress().getHostAddress() + " DROPPED: NO OPEN");
                return;
            }
            ControlRecord request = open.get();
            Link link = links.get(request.requestingHost());
            ControlRecord.NakReason refusal = link == null || !request.otherHost().equals(localNode)
                    ? ControlRecord.NakReason.NO_SUCH_LINK : link.admits();
            if (refusal != null) {
                socket.getOutputStream().write(request.answer(ControlRecord.Type.NAK, refusal.code()).encode());
                return;
            }
            socket.getOutputStream().write(request.answer(ControlRecord.Type.ACK, 0).encode());
            link.run(socket, false);
        } catch (IOException e) {
            // The peer went away before it signed on: nothing was under way.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
