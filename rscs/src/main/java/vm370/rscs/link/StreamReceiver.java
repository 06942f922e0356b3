package vm370.rscs.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vm370.rscs.nje.BlockReader;
import vm370.rscs.nje.DatasetHeader;
import vm370.rscs.nje.HeaderSegments;
import vm370.rscs.nje.JobHeader;
import vm370.rscs.nje.NetworkFile;
import vm370.rscs.nje.NodalMessage;
import vm370.rscs.nje.Rcb;
import vm370.rscs.nje.Srcb;

/**
 * The receiving side of a session: grants stream requests, puts a file together from its headers,
 * records and trailer (until the empty end-of-file record), takes nodal messages, and passes the
 * sender's stream control (permission, completion) to the {@link FileSender}. Runs on the session's
 * reading thread; a record that makes no sense drops the session.
 */
final class StreamReceiver implements BlockReader.Handler {

    private static final byte BLANK = 0x40;

    private final Link link;
    private final Session session;
    private final FileSender sender;
    private final HeaderSegments jobHeader = new HeaderSegments();
    private final HeaderSegments datasetHeader = new HeaderSegments();
    private final HeaderSegments trailer = new HeaderSegments();
    private JobHeader job;
    private DatasetHeader dataset;
    private List<byte[]> records = new ArrayList<>();

    StreamReceiver(Link link, Session session, FileSender sender) {
        this.link = link;
        this.session = session;
        this.sender = sender;
    }

    @Override
    public void enquiry() {
        session.acknowledgeLine();
    }

    @Override
    public void acknowledge() {
    }

    @Override
    public void control(int rcb, int srcb) {
        Optional<Rcb> kind = Rcb.parse(rcb);
        if (kind.isEmpty()) {
            return;
        }
        boolean ours = srcb == Rcb.SYSOUT_1.code();
        switch (kind.get()) {
            case REQUEST_TO_INITIATE -> {
                if (ours) {
                    job = null;
                    dataset = null;
                    records = new ArrayList<>();
                }
                session.sendControl(ours ? Rcb.PERMISSION : Rcb.NEGATIVE_PERMISSION, srcb);
            }
            case PERMISSION -> sender.permission(ours);
            case NEGATIVE_PERMISSION -> sender.permission(false);
            case TRANSMISSION_COMPLETE -> sender.completed();
            default -> {
                // Ready-to-receive and BCB errors need nothing over TCP, which neither loses nor reorders.
            }
        }
    }

    @Override
    public void record(int rcb, int srcb, byte[] data, int length) {
        if (rcb == Rcb.NODAL_MESSAGE.code()) {
            NodalMessage.decode(data, length).ifPresentOrElse(
                    m -> link.post(new LinkEvent.MessageReceived(link, m)),
                    () -> session.drop("GARBAGE FROM " + session.peerNode() + ": SHORT NODAL MESSAGE"));
            return;
        }
        if (rcb == Rcb.GENERAL_CONTROL.code()) {
            if (srcb == Srcb.SIGNOFF.code()) {
                session.drop("SIGNOFF FROM " + session.peerNode());
            }
            return;
        }
        if (rcb != Rcb.SYSOUT_1.code()) {
            return;
        }
        Optional<Srcb> kind = Srcb.parseSysout(srcb);
        if (kind.isEmpty()) {
            session.drop(String.format("GARBAGE FROM %s: SRCB %02X", session.peerNode(), srcb));
            return;
        }
        switch (kind.get()) {
            case JOB_HEADER -> header(jobHeader, data, length, c -> job = JobHeader.decode(c).orElse(null), "NJH");
            case DATASET_HEADER -> header(datasetHeader, data, length,
                    c -> dataset = DatasetHeader.decode(c).orElse(null), "NDH");
            case JOB_TRAILER -> header(trailer, data, length, c -> { }, "NJT");
            case CARD, PRINT_MACHINE -> dataRecord(kind.get() == Srcb.CARD, data, length);
            default -> session.drop("GARBAGE FROM " + session.peerNode() + ": SIGNON SRCB ON A STREAM");
        }
    }

    private void header(HeaderSegments segments, byte[] data, int length, java.util.function.Consumer<byte[]> done,
                        String what) {
        switch (segments.add(data, length)) {
            case 1 -> done.accept(segments.content());
            case 0 -> { }
            default -> session.drop("GARBAGE FROM " + session.peerNode() + ": BAD " + what + " SEGMENT");
        }
    }

    /** A data record: its length byte, the carriage control of a print record, the data (trailing blanks restored). */
    private void dataRecord(boolean card, byte[] data, int length) {
        if (length == 0) {
            endOfFile();
            return;
        }
        if (job == null || dataset == null) {
            session.drop("GARBAGE FROM " + session.peerNode() + ": DATA BEFORE THE HEADERS");
            return;
        }
        int declared = data[0] & 0xFF;
        int skip = card ? 1 : 2;
        int size = Math.max(declared, length - skip);
        byte[] r = new byte[1 + size];
        Arrays.fill(r, 1, r.length, BLANK);
        r[0] = card ? 0x01 : length > 1 ? data[1] : 0x09;
        if (length > skip) {
            System.arraycopy(data, skip, r, 1, length - skip);
        }
        records.add(r);
    }

    private void endOfFile() {
        if (job == null || dataset == null) {
            session.drop("GARBAGE FROM " + session.peerNode() + ": END OF FILE WITHOUT HEADERS");
            return;
        }
        NetworkFile file = new NetworkFile(job, dataset, records);
        job = null;
        dataset = null;
        records = new ArrayList<>();
        link.post(new LinkEvent.FileReceived(link, file, session));
    }
}
