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
 * the peers then connect through it again. A test may also slow the way back (replies held a
 * while), and cut the link and refuse connections until it admits them again.
 */
final class KillableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicInteger kills = new AtomicInteger();
    private final long killEvery;
    private final int killsWanted;
    private volatile long replyDelayMillis;
    private volatile boolean refusing;

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

    /** Each chunk the target sends back is held this long before it is relayed (0: at once). */
    void delayReplies(long millis) {
        replyDelayMillis = millis;
    }

    /** Cuts every connection now (what is held on the way back is lost) and refuses new ones until {@link #admit}. */
    void cutAndRefuse() {
        refusing = true;
        killAll();
    }

    void admit() {
        refusing = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket in;
            try {
                in = server.accept();
            } catch (IOException e) {
                return;
            }
            if (refusing) {
                closeQuietly(in);
                continue;
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
                if (!counted && replyDelayMillis > 0) {
                    Thread.sleep(replyDelayMillis);
                }
                out.write(buffer, 0, n);
                if (counted && relayed.addAndGet(n) >= killEvery * (kills.get() + 1) && kills.get() < killsWanted) {
                    kills.incrementAndGet();
                    killAll();
                    return;
                }
            }
        } catch (IOException e) {
            // The other direction was cut: this one ends too.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
