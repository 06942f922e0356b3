package vm370.terminals.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A raw TCP peer for the server's tests: sends exact bytes (well-formed or not) and reads what
 * the server sends, with time limits on every wait.
 */
public final class RawPeer implements AutoCloseable {

    /** A TN3270 (not TN3270E) client's whole negotiation, pipelined: WONT TN3270E, TTYPE IBM-3278-2, EOR, BINARY. */
    public static final byte[] TN3270_NEGOTIATION = concat(
            HexFormat.of().parseHex("fffc28" + "fffb18" + "fffa1800"), "IBM-3278-2".getBytes(StandardCharsets.US_ASCII),
            HexFormat.of().parseHex("fff0" + "fffb19fffd19fffb00fffd00"));

    private final Socket socket;
    private final InputStream in;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    public RawPeer(int port, int receiveBuffer) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        in = socket.getInputStream();
    }

    public RawPeer(int port) throws IOException {
        this(port, 0);
    }

    public void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    public void sendHex(String hex) throws IOException {
        send(HexFormat.of().parseHex(hex));
    }

    public void sendText(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads until the bytes received so far contain {@code hex}; false on timeout or end of stream. */
    public boolean awaitBytes(String hex, Duration timeout) throws IOException {
        return await(() -> HexFormat.of().formatHex(received.toByteArray()).contains(hex.toLowerCase()), timeout);
    }

    /** Reads until the received bytes, as ASCII, contain {@code text}. */
    public boolean awaitText(String text, Duration timeout) throws IOException {
        return await(() -> received.toString(StandardCharsets.ISO_8859_1).contains(text), timeout);
    }

    /** True when the server closes the connection within the timeout. */
    public boolean awaitClosed(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[8192];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout(100);
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                received.write(buffer, 0, n);
            } catch (SocketTimeoutException e) {
                // keep waiting
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[8192];
        while (!condition.getAsBoolean()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            socket.setSoTimeout((int) Math.max(1, left));
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return condition.getAsBoolean();
                }
                received.write(buffer, 0, n);
            } catch (SocketTimeoutException e) {
                return condition.getAsBoolean();
            }
        }
        return true;
    }

    /** Forgets what was received so far. */
    public void clear() {
        received.reset();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
