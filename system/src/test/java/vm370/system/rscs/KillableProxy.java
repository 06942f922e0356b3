package vm370.system.rscs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay between two RSCS nodes that cuts every connection it carries once it has
 * relayed a given number of bytes one way (a link killed mid-transfer), as many times as asked;
 * the peers then connect through it again.
 */
final class KillableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicInteger kills = new AtomicInteger();
    private final long killEvery;
    private final int killsWanted;

    KillableProxy(int target, long killEvery, int killsWanted) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.killEvery = killEvery;
        this.killsWanted = killsWanted;
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    int kills() {
        return kills.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket in;
            try {
                in = server.accept();
            } catch (IOException e) {
                return;
            }
            try {
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(in);
                open.add(out);
                Thread.ofVirtual().start(() -> pump(in, out, true));
                Thread.ofVirtual().start(() -> pump(out, in, false));
            } catch (IOException e) {
                closeQuietly(in);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean counted) {
        byte[] buffer = new byte[4096];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (counted && relayed.addAndGet(n) >= killEvery * (kills.get() + 1) && kills.get() < killsWanted) {
                    kills.incrementAndGet();
                    killAll();
                    return;
                }
            }
        } catch (IOException e) {
            // The other direction was cut: this one ends too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void killAll() {
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        killAll();
    }
}
