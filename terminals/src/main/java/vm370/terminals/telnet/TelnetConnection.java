package vm370.terminals.telnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import vm370.terminals.datastream.ByteWriter;

/**
 * One telnet peer's socket: serialized writes that a watchdog can see stall, reads for the one
 * reading thread, and a close that any thread may call once (the first reason wins).
 */
public final class TelnetConnection {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String peer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** System.nanoTime() when the write in progress began, 0 when none is. */
    private volatile long writeStarted;
    private volatile String closeReason;

    public TelnetConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.peer = socket.getRemoteSocketAddress() instanceof InetSocketAddress a
                ? a.getAddress().getHostAddress() + ":" + a.getPort() : String.valueOf(socket.getRemoteSocketAddress());
    }

    public Socket socket() {
        return socket;
    }

    public String peer() {
        return peer;
    }

    /** Sends bytes whole; false (and the connection closed) when the peer is gone. */
    public boolean send(ByteWriter bytes) {
        writeLock.lock();
        try {
            if (closeReason != null) {
                return false;
            }
            writeStarted = System.nanoTime() | 1;
            out.write(bytes.array(), 0, bytes.size());
            out.flush();
            return true;
        } catch (IOException e) {
            close("output failed: " + e.getMessage());
            return false;
        } finally {
            writeStarted = 0;
            writeLock.unlock();
        }
    }

    /** Reads what is there (blocking); -1 at end of stream. */
    public int read(byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    /** Sets how long a read may wait; zero waits for ever. */
    public void setReadTimeout(Duration timeout) throws SocketException {
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** True when a write has been blocked longer than {@code limitNanos}: the peer stopped reading. */
    public boolean isStalled(long nowNanos, long limitNanos) {
        long started = writeStarted;
        return started != 0 && nowNanos - started > limitNanos;
    }

    public boolean isClosed() {
        return closeReason != null;
    }

    /** Why the connection closed, or null while open. */
    public String closeReason() {
        return closeReason;
    }

    /** Closes the socket (unblocking any read or write); only the first reason is kept. */
    public void close(String reason) {
        synchronized (this) {
            if (closeReason != null) {
                return;
            }
            closeReason = reason;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a socket that is already broken has nothing left to report.
        }
    }
}
