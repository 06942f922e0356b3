package vm370.terminals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import vm370.terminals.tn3270.LuNames;
import vm370.terminals.tn3270.Session;
import vm370.terminals.telnet.TelnetConnection;

/**
 * The TN3270(E) and telnet listener: accepts connections (plain, and TLS on a second port),
 * enforces the connection limits, runs each connection's {@link Session} on a virtual thread
 * and hands each negotiated terminal to the caller's {@link TerminalHandler}. A watchdog drops
 * peers whose output has stalled. @see RFC 854, 1091, 885, 1576, 2355
 */
public final class TerminalServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("vm370.terminals");

    private final TerminalServerConfig config;
    private final TerminalHandler handler;
    private final LuNames luNames;
    private final ServerSocket plain;
    private final ServerSocket tls;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final Map<InetAddress, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean closed;

    private TerminalServer(TerminalServerConfig config, TerminalHandler handler) throws IOException {
        this.config = config;
        this.handler = handler;
        this.luNames = new LuNames(config.luPrefix());
        InetAddress bind = InetAddress.getByName(config.bindAddress());
        this.plain = new ServerSocket();
        plain.setReuseAddress(true);
        plain.bind(new InetSocketAddress(bind, config.port()), 1024);
        ServerSocket secure = null;
        try {
            if (config.tls() != null) {
                secure = sslContext(config.tls()).getServerSocketFactory().createServerSocket();
                secure.setReuseAddress(true);
                secure.bind(new InetSocketAddress(bind, config.tls().port()), 1024);
            }
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
        this.tls = secure;
    }

    /** Binds the listeners and starts accepting; each terminal goes to {@code handler}. */
    public static TerminalServer start(TerminalServerConfig config, TerminalHandler handler) throws IOException {
        TerminalServer server = new TerminalServer(config, handler);
        Thread.ofVirtual().name("tn3270-accept-" + server.port()).start(() -> server.acceptLoop(server.plain));
        if (server.tls != null) {
            Thread.ofVirtual().name("tn3270-accept-tls-" + server.tlsPort()).start(() -> server.acceptLoop(server.tls));
        }
        Thread.ofVirtual().name("tn3270-watchdog").start(server::watchdog);
        return server;
    }

    private static SSLContext sslContext(TerminalServerConfig.Tls tls) throws IOException {
        String type = tls.keyStore().getFileName().toString().toLowerCase().endsWith(".jks") ? "JKS" : "PKCS12";
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, tls.password().toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, tls.password().toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS key store " + tls.keyStore() + ": " + e.getMessage(), e);
        }
    }

    /** The plain port actually bound. */
    public int port() {
        return plain.getLocalPort();
    }

    /** The TLS port actually bound, or -1 without TLS. */
    public int tlsPort() {
        return tls == null ? -1 : tls.getLocalPort();
    }

    /** Connections open now, negotiating or connected. */
    public int connectionCount() {
        return total.get();
    }

    private void acceptLoop(ServerSocket listener) {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "accept on port {0} failed: {1}", listener.getLocalPort(), e.getMessage());
                }
                continue;
            }
            admit(socket);
        }
    }

    private void admit(Socket socket) {
        InetAddress address = socket.getInetAddress();
        AtomicInteger fromAddress = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        boolean overAddress = fromAddress.incrementAndGet() > config.maxConnectionsPerAddress();
        if (overAddress || total.incrementAndGet() > config.maxConnections()) {
            LOG.log(Level.DEBUG, "refused {0}: connection limit", address.getHostAddress());
            if (!overAddress) {
                total.decrementAndGet();
            }
            release(address, fromAddress);
            closeQuietly(socket);
            return;
        }
        try {
            socket.setTcpNoDelay(true);
            TelnetConnection connection = new TelnetConnection(socket);
            Session[] self = new Session[1];
            self[0] = new Session(connection, config, luNames, handler, () -> {
                sessions.remove(self[0]);
                total.decrementAndGet();
                release(address, fromAddress);
            });
            sessions.add(self[0]);
            Thread.ofVirtual().name("tn3270-" + connection.peer()).start(self[0]);
        } catch (IOException e) {
            total.decrementAndGet();
            release(address, fromAddress);
            closeQuietly(socket);
        }
    }

    private void release(InetAddress address, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            perAddress.remove(address, count);
        }
    }

    private void watchdog() {
        long limit = config.writeTimeout().toNanos();
        long period = Math.max(10, Math.min(250, config.writeTimeout().toMillis() / 4));
        while (!closed) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Session session : sessions) {
                if (session.connection().isStalled(now, limit)) {
                    session.connection().close("output stalled for " + config.writeTimeout().toSeconds() + " s");
                }
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The refused peer is gone either way.
        }
    }

    /** Stops listening and disconnects every terminal. */
    @Override
    public void close() {
        closed = true;
        try {
            plain.close();
            if (tls != null) {
                tls.close();
            }
        } catch (IOException ignored) {
            // Listeners that fail to close are unusable anyway.
        }
        for (Session session : sessions) {
            session.connection().close("server shut down");
        }
    }
}
