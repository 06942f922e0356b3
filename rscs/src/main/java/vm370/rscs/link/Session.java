package vm370.rscs.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vm370.rscs.nje.BlockReader;
import vm370.rscs.nje.BlockWriter;
import vm370.rscs.nje.Rcb;
import vm370.rscs.nje.Signon;
import vm370.rscs.nje.Srcb;
import vm370.rscs.nje.TtbDecoder;
import vm370.rscs.nje.TtbEncoder;

/**
 * One TCPNJE connection of a link, after OPEN and ACK: the line start and signon, the reading loop
 * that hands each block's records to a handler, and a writing thread that alone writes the socket
 * (so a reader that answers never blocks on a peer that is busy sending too). Blocks get their BCB
 * sequence as they are queued. A peer that breaks the protocol is dropped with the reason.
 * @vm370 DMTNPT
 */
public final class Session implements AutoCloseable {

    /** The largest block RSCS takes and sends. */
    public static final int BUFFER_SIZE = 8192;
    private static final int HANDSHAKE_TIMEOUT_MS = 30_000;
    /** Frames queued at most before a file's sender waits for the socket. */
    private static final int QUEUE_LIMIT = 64;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String localNode;
    private final String peerNode;
    private final TtbDecoder decoder = new TtbDecoder(65535);
    private final BlockReader blocks = new BlockReader();
    private final TtbEncoder ttb = new TtbEncoder();
    private final Deque<byte[]> handshakeRecords = new ArrayDeque<>();
    private final byte[] readBuffer = new byte[65536];
    private final LinkedBlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile String dropReason;
    private volatile int peerBufferSize = BUFFER_SIZE;
    /** Guarded by {@code this}: the next BCB sequence, for blocks in the order they are queued. */
    private int sequence = 1;

    Session(Socket socket, String localNode, String peerNode) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.localNode = localNode;
        this.peerNode = peerNode;
        Thread.ofVirtual().name("rscs-write-" + peerNode).start(this::writeLoop);
    }

    public String peerNode() {
        return peerNode;
    }

    /** The block size both sides take: the smaller of the two. */
    int blockSize() {
        return Math.min(BUFFER_SIZE, Math.max(256, peerBufferSize));
    }

    /**
     * Line start and signon. The opener sends SOH ENQ, gets DLE ACK0, sends signon I and gets J,
     * then DLE ACK0; the other side answers each. Null when signed on, else why not.
     */
    String signOn(boolean opener) throws IOException {
        socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
        BlockWriter signon = new BlockWriter(256);
        if (opener) {
            sendLine(BlockWriter.enquiry());
            if (!isAcknowledge(nextRecord())) {
                return "NO DLE ACK0 TO SOH ENQ";
            }
            send(signon.beginSignon().record(Rcb.GENERAL_CONTROL.code(), Srcb.SIGNON_INITIAL.code(),
                    Signon.initial(localNode, BUFFER_SIZE).encode()).end());
            String why = takeSignon(nextRecord(), Srcb.SIGNON_RESPONSE);
            if (why != null) {
                return why;
            }
            sendLine(BlockWriter.acknowledge());
        } else {
            byte[] first = nextRecord();
            if (first.length < 2 || first[0] != 0x01 || first[1] != 0x2D) {
                return "NO SOH ENQ TO START THE LINE";
            }
            sendLine(BlockWriter.acknowledge());
            String why = takeSignon(nextRecord(), Srcb.SIGNON_INITIAL);
            if (why != null) {
                return why;
            }
            send(signon.beginSignon().record(Rcb.GENERAL_CONTROL.code(), Srcb.SIGNON_RESPONSE.code(),
                    Signon.response(localNode, BUFFER_SIZE).encode()).end());
        }
        socket.setSoTimeout(0);
        return null;
    }

    private static boolean isAcknowledge(byte[] r) {
        return r.length >= 2 && r[0] == 0x10 && r[1] == 0x70;
    }

    private String takeSignon(byte[] record, Srcb expected) {
        String[] why = {"NO SIGNON RECORD " + (expected == Srcb.SIGNON_INITIAL ? "I" : "J")};
        String bad = blocks.read(record, 0, record.length, new BlockReader.Handler() {
            @Override
            public void enquiry() {
            }

            @Override
            public void acknowledge() {
            }

            @Override
            public void control(int rcb, int srcb) {
            }

            @Override
            public void record(int rcb, int srcb, byte[] data, int length) {
                if (rcb != Rcb.GENERAL_CONTROL.code() || srcb != expected.code()) {
                    return;
                }
                Optional<Signon> signon = Signon.decode(expected, data, length);
                if (signon.isEmpty()) {
                    why[0] = "SIGNON RECORD TOO SHORT";
                } else if (!signon.get().node().equals(peerNode)) {
                    why[0] = "SIGNON FROM " + signon.get().node() + ", NOT " + peerNode;
                } else {
                    peerBufferSize = signon.get().bufferSize();
                    why[0] = null;
                }
            }
        });
        return bad != null ? bad.toUpperCase(Locale.ROOT) : why[0];
    }

    /** The next record during the handshake, reading as needed. */
    private byte[] nextRecord() throws IOException {
        while (handshakeRecords.isEmpty()) {
            int n = in.read(readBuffer);
            if (n < 0) {
                throw new IOException("CONNECTION CLOSED BY " + peerNode);
            }
            if (!decoder.feed(readBuffer, 0, n, (b, o, l) -> handshakeRecords.add(Arrays.copyOfRange(b, o, o + l)))) {
                throw new IOException("GARBAGE FROM " + peerNode + ": " + decoder.error().toUpperCase(Locale.ROOT));
            }
        }
        return handshakeRecords.poll();
    }

    /**
     * Reads until the connection ends, handing each block's contents to {@code handler}; returns
     * why the session ended (the peer's garbage, its close, an I/O error).
     */
    String readLoop(BlockReader.Handler handler) {
        try {
            for (byte[] early : handshakeRecords) {
                String bad = blocks.read(early, 0, early.length, handler);
                if (bad != null) {
                    return drop("GARBAGE FROM " + peerNode + ": " + bad);
                }
            }
            handshakeRecords.clear();
            TtbDecoder.Sink sink = (b, o, l) -> {
                String bad = blocks.read(b, o, l, handler);
                if (bad != null && dropReason == null) {
                    dropReason = "GARBAGE FROM " + peerNode + ": " + bad;
                }
            };
            while (!closed && dropReason == null) {
                int n = in.read(readBuffer);
                if (n < 0) {
                    return drop("CONNECTION CLOSED BY " + peerNode);
                }
                if (!decoder.feed(readBuffer, 0, n, sink)) {
                    return drop("GARBAGE FROM " + peerNode + ": " + decoder.error());
                }
            }
            return drop(dropReason == null ? "SESSION ENDED" : dropReason);
        } catch (IOException | RuntimeException e) {
            return drop("CONNECTION LOST: " + e.getMessage());
        }
    }

    private void writeLoop() {
        try {
            while (!closed) {
                byte[] frame = frames.poll(200, TimeUnit.MILLISECONDS);
                if (frame == null) {
                    continue;
                }
                out.write(frame);
                while ((frame = frames.poll()) != null) {
                    out.write(frame);
                }
                out.flush();
            }
        } catch (IOException e) {
            drop("CONNECTION LOST: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /** Ends the session for {@code reason}; the first reason stands. Returns it. */
    String drop(String reason) {
        if (dropReason == null) {
            dropReason = reason;
        }
        close();
        return dropReason.toUpperCase(Locale.ROOT);
    }

    public boolean closed() {
        return closed;
    }

    /** Queues a built block (stamping its sequence) in one TTB. */
    void send(BlockWriter block) {
        synchronized (this) {
            if (block.resets()) {
                sequence = 1;
            } else {
                block.stamp(sequence);
                sequence = (sequence + 1) & 0x0F;
            }
            frames.add(ttb.begin().add(block.buffer(), 0, block.length()).end().toByteArray());
        }
    }

    /** Waits while the writing thread is behind, so a big file is not all queued at once. */
    void awaitRoom() throws InterruptedException {
        while (frames.size() > QUEUE_LIMIT && !closed) {
            Thread.sleep(1);
        }
    }

    /** A control record (RCB, SRCB) in a block of its own. */
    public void sendControl(Rcb rcb, int srcb) {
        send(new BlockWriter(64).begin().control(rcb.code(), srcb).end());
    }

    /** One record in a block of its own. */
    public void sendRecord(Rcb rcb, int srcb, byte[] record) {
        send(new BlockWriter(record.length + 64).begin().record(rcb.code(), srcb, record).end());
    }

    /** DLE ACK0, the answer to a line start a peer sends again while signed on. */
    void acknowledgeLine() {
        sendLine(BlockWriter.acknowledge());
    }

    private void sendLine(byte[] record) {
        synchronized (this) {
            frames.add(ttb.begin().add(record).end().toByteArray());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a socket that failed already has nothing left to tell.
        }
    }
}
