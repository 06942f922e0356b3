package vm370.rscs.link;

import java.util.List;
import vm370.rscs.nje.BlockWriter;
import vm370.rscs.nje.HeaderSegments;
import vm370.rscs.nje.JobTrailer;
import vm370.rscs.nje.NetworkFile;
import vm370.rscs.nje.NodalMessage;
import vm370.rscs.nje.Rcb;
import vm370.rscs.nje.Srcb;

/**
 * The sending side of a session, on a thread of its own: nodal messages as they come, and files on
 * SYSOUT stream 1 — request, permission, NJH, NDH, records, NJT, the empty end-of-file record —
 * each kept on the link until the peer's transmission-complete says it has it. Up to
 * {@value #WINDOW} files may wait for their completion while the next goes out (TCP neither loses
 * nor reorders, and completions come in order); a strict peer that refuses the next request while
 * one is unacknowledged gets it again later.
 */
final class FileSender {

    static final int WINDOW = 4;
    private static final long PERMISSION_WAIT_MS = 60_000;
    private static final long REFUSED_PAUSE_MS = 100;
    private static final long POLL_MS = 200;
    private enum Answer { NONE, GRANTED, REFUSED }

    private final Link link;
    private final Session session;
    private final byte[] scratch = new byte[260];
    private Answer permission = Answer.NONE;
    /** Guarded by {@code this}: files sent whole, awaiting their transmission-complete, oldest first. */
    private final java.util.ArrayDeque<Outbound> unacknowledged = new java.util.ArrayDeque<>();

    FileSender(Link link, Session session) {
        this.link = link;
        this.session = session;
    }

    synchronized void permission(boolean granted) {
        permission = granted ? Answer.GRANTED : Answer.REFUSED;
        notifyAll();
    }

    void completed() {
        Outbound done;
        synchronized (this) {
            done = unacknowledged.pollFirst();
            notifyAll();
        }
        if (done != null) {
            link.sent(done);
        }
    }

    /** Sends until the session ends. */
    void run() {
        try {
            while (!session.closed()) {
                sendMessages();
                if (!await(() -> unacknowledged.size() < WINDOW, POLL_MS)) {
                    continue;
                }
                Outbound next = link.nextToSend(POLL_MS);
                if (next != null && !sendFile(next)) {
                    link.unsent(next);
                    Thread.sleep(REFUSED_PAUSE_MS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.drop("SENDER INTERRUPTED");
        }
    }

    private void sendMessages() {
        NodalMessage m;
        while ((m = link.nextMessage()) != null) {
            session.sendRecord(Rcb.NODAL_MESSAGE, Srcb.NODAL_MESSAGE.code(), m.encode());
        }
    }

    /** True when the file went out whole (its completion is awaited); false when the peer would not take it. */
    private boolean sendFile(Outbound outbound) throws InterruptedException {
        synchronized (this) {
            permission = Answer.NONE;
        }
        session.sendControl(Rcb.REQUEST_TO_INITIATE, Rcb.SYSOUT_1.code());
        if (await(() -> permission != Answer.NONE, PERMISSION_WAIT_MS) && permission == Answer.GRANTED) {
            synchronized (this) {
                unacknowledged.addLast(outbound);
            }
            transmit(outbound.file());
            return true;
        }
        return false;
    }

    /** Waits for the peer's answer, sending messages meanwhile; false when the session ended first. */
    private boolean await(java.util.function.BooleanSupplier answered, long limitMs) throws InterruptedException {
        long deadline = limitMs == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + limitMs;
        while (!session.closed() && System.currentTimeMillis() < deadline) {
            synchronized (this) {
                if (answered.getAsBoolean()) {
                    return true;
                }
                wait(POLL_MS);
                if (answered.getAsBoolean()) {
                    return true;
                }
            }
            sendMessages();
        }
        return false;
    }

    private void transmit(NetworkFile file) throws InterruptedException {
        int rcb = Rcb.SYSOUT_1.code();
        BlockWriter writer = new BlockWriter(session.blockSize());
        boolean punch = file.dataset().punch();
        int srcb = punch ? Srcb.CARD.code() : Srcb.PRINT_MACHINE.code();
        writer.begin();
        for (byte[] segment : HeaderSegments.segments(file.job().encode())) {
            add(writer, rcb, Srcb.JOB_HEADER.code(), segment, segment.length, false);
        }
        for (byte[] segment : HeaderSegments.segments(file.dataset().encode())) {
            add(writer, rcb, Srcb.DATASET_HEADER.code(), segment, segment.length, false);
        }
        List<byte[]> records = file.records();
        for (byte[] r : records) {
            int n = Math.min(r.length - 1, 255);
            int at = punch ? 1 : 2;
            scratch[0] = (byte) n;
            scratch[1] = r[0];
            System.arraycopy(r, 1, scratch, at, n);
            add(writer, rcb, srcb, scratch, at + n, true);
        }
        for (byte[] segment : HeaderSegments.segments(new JobTrailer(records.size()).encode())) {
            add(writer, rcb, Srcb.JOB_TRAILER.code(), segment, segment.length, false);
        }
        add(writer, rcb, srcb, scratch, 0, false);
        session.send(writer.end());
    }

    /** Adds a record, first sending the block when it is full. */
    private void add(BlockWriter writer, int rcb, int srcb, byte[] data, int count, boolean trim)
            throws InterruptedException {
        if (!writer.fits(count)) {
            session.send(writer.end());
            session.awaitRoom();
            writer.begin();
        }
        writer.record(rcb, srcb, data, 0, count, trim);
    }
}
