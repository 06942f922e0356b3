package vm370.rscs;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vm370.rscs.command.RscsMessage;
import vm370.rscs.link.Link;
import vm370.rscs.link.LinkEvent;
import vm370.rscs.link.LinkState;
import vm370.rscs.link.Outbound;
import vm370.rscs.link.QueuedFile;
import vm370.rscs.nje.DatasetHeader;
import vm370.rscs.nje.JobHeader;
import vm370.rscs.nje.NetworkFile;
import vm370.rscs.nje.NodalMessage;
import vm370.rscs.route.Route;
import vm370.rscs.route.RoutingTable;
import vm370.rscs.route.TagText;
import vm370.rscs.spool.ReaderFile;
import vm370.rscs.spool.SpoolAccess;

/**
 * What RSCS does with files, on the machine's thread: a file in its reader is routed by its TAG —
 * to a local user's reader, onto a link's queue (it stays, held, in the reader until the next node
 * has it), or back to its sender; a file that arrives over a link is made durable in a local
 * user's reader, or in RSCS's own reader to be sent on, before the link acknowledges it.
 * @vm370 DMTAXS
 */
final class FileHandler {

    /** Files held in memory per link; more wait, held, in the reader. */
    private static final int QUEUE_LIMIT = 8;
    private static final DateTimeFormatter ARRIVAL = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");

    private final SpoolAccess spool;
    private final RoutingTable routing;
    private final Notices notices;
    private final String serviceMachine;
    private final int hopLimit;
    private final DeliveredFiles delivered;
    /** Files taken from links in this pass: acknowledged, in order, once {@link #delivered} has them on disk. */
    private final List<LinkEvent.FileReceived> toAcknowledge = new ArrayList<>();
    /** Files left held in the reader per link, until it can take them. */
    private final Map<String, List<QueuedFile>> parked = new HashMap<>();
    private final List<Integer> acknowledged = new ArrayList<>();

    /** How RSCS tells users things: a CP MSG here, a nodal message elsewhere. */
    interface Notices {
        void tell(String node, String user, String text);
    }

    FileHandler(SpoolAccess spool, RoutingTable routing, Notices notices, String serviceMachine, int hopLimit,
                DeliveredFiles delivered) {
        this.spool = spool;
        this.delivered = delivered;
        this.routing = routing;
        this.notices = notices;
        this.serviceMachine = serviceMachine;
        this.hopLimit = hopLimit;
    }

    /** True when the links can take more files read from the reader. */
    boolean roomForMore() {
        return routing.links().values().stream().allMatch(l -> l.queueLength() < QUEUE_LIMIT);
    }

    /** Reads the reader's next file and routes it; false when there was none. */
    boolean takeFromReader() {
        Optional<ReaderFile> next = spool.nextFile();
        if (next.isEmpty()) {
            return false;
        }
        ReaderFile file = next.get();
        List<byte[]> records = spool.readRecords(file.records());
        boolean own = file.origin().equals(serviceMachine);
        Optional<TagText> tag = TagText.parse(file.tag(), serviceMachine, own);
        if (tag.isEmpty()) {
            String notice = RscsMessage.RETURNED.text(file.spoolId(), file.fileName(), file.fileType(), "?", "?",
                    "NO NODE AND USERID IN THE TAG");
            if (own || !spool.transfer(file.spoolId(), file.origin())) {
                notices.tell(routing.localNode(), "", notice);
            } else {
                notices.tell(routing.localNode(), file.origin(), notice);
            }
            return true;
        }
        TagText t = tag.get();
        TagText.Forwarded from = t.forwarded().orElseGet(() -> new TagText.Forwarded(routing.localNode(),
                file.origin(), file.spoolId(), Tod.now(), 0));
        NetworkFile network = new NetworkFile(
                new JobHeader(from.jobId(), file.spoolClass(), from.hops(), file.fileName().isEmpty() ? "RSCS" : file.fileName(),
                        from.originUser(), from.entryTime(), from.originNode(), from.originUser(), t.node(), t.user(),
                        file.form(), records.size()),
                new DatasetHeader(t.node(), t.user(), file.fileName(), file.fileType(), file.spoolClass(),
                        records.size(), file.punch(), file.form(), file.dist(), t.node() + " " + t.user()),
                records);
        route(network, file.spoolId(), own && t.forwarded().isPresent());
        return true;
    }

    /** A file from the reader (spool id) goes where its destination lies. */
    private void route(NetworkFile file, int spoolId, boolean stored) {
        DatasetHeader ds = file.dataset();
        switch (routing.resolve(ds.destinationNode())) {
            case Route.Local l -> {
                if (deliverLocally(file)) {
                    spool.purge(spoolId);
                } else {
                    giveBack(file, spoolId, stored, "USER " + ds.destinationUser() + " UNKNOWN AT " + routing.localNode());
                }
            }
            case Route.ViaLink v -> {
                if (file.job().hops() >= hopLimit) {
                    giveBack(file, spoolId, stored, "HOP LIMIT " + hopLimit + " REACHED");
                } else if (v.link().state() != LinkState.ACTIVE || v.link().held()
                        || v.link().queueLength() >= QUEUE_LIMIT) {
                    parked.computeIfAbsent(v.link().node(), k -> new ArrayList<>())
                            .add(new QueuedFile(spoolId, file.job(), file.dataset(), file.records().size()));
                } else {
                    v.link().enqueue(new Outbound(file, spoolId));
                }
            }
            case Route.Unknown u -> giveBack(file, spoolId, stored, "NODE " + u.node() + " NOT DEFINED");
        }
    }

    /** Into the local user's reader, tagged with the origin; the user is told. */
    private boolean deliverLocally(NetworkFile file) {
        JobHeader job = file.job();
        DatasetHeader ds = file.dataset();
        SpoolAccess.Delivery d = spool.write(ds.destinationUser(), ds.punch(), ds.spoolClass(),
                job.originNode() + " " + job.originUser(), ds.fileName(), ds.fileType(), ds.dist(), file.records());
        if (d instanceof SpoolAccess.Delivery.Spooled s) {
            notices.tell(routing.localNode(), ds.destinationUser(), RscsMessage.ARRIVED.text(s.spoolId(),
                    ds.destinationUser(), job.originNode(), job.originUser(), LocalDateTime.now().format(ARRIVAL)));
            return true;
        }
        return false;
    }

    /** An undeliverable file goes back: a local sender gets it in the reader, a remote one over the network. */
    private void giveBack(NetworkFile file, int spoolId, boolean stored, String reason) {
        JobHeader job = file.job();
        DatasetHeader ds = file.dataset();
        String notice = RscsMessage.RETURNED.text(spoolId, ds.fileName(), ds.fileType(), ds.destinationNode(),
                ds.destinationUser(), reason);
        boolean returnedBefore = ds.destinationNode().equals(job.originNode()) && ds.destinationUser().equals(job.originUser());
        if (!stored && job.originNode().equals(routing.localNode())) {
            spool.transfer(spoolId, job.originUser());
        } else if (!returnedBefore) {
            NetworkFile back = new NetworkFile(
                    new JobHeader(job.jobId(), job.jobClass(), 0, job.jobName(), job.userid(), Tod.now(),
                            job.originNode(), job.originUser(), job.originNode(), job.originUser(), job.form(),
                            job.records()),
                    ds.routedTo(job.originNode(), job.originUser()), file.records());
            if (!store(back)) {
                return;
            }
            spool.purge(spoolId);
        } else {
            // Neither the addressee nor the sender can take it: it stays, held, for the operator.
            notices.tell(routing.localNode(), "", notice);
            return;
        }
        notices.tell(job.originNode(), job.originUser(), notice);
    }

    /** A file RSCS must send on: into its own reader, tagged with where it goes and where it came from. */
    private boolean store(NetworkFile file) {
        JobHeader job = file.job();
        DatasetHeader ds = file.dataset();
        String tag = TagText.stored(ds.destinationNode(), ds.destinationUser(), new TagText.Forwarded(
                job.originNode(), job.originUser(), job.jobId(), job.entryTime(), job.hops()));
        return spool.write(serviceMachine, ds.punch(), ds.spoolClass(), tag, ds.fileName(), ds.fileType(), ds.dist(),
                file.records()) instanceof SpoolAccess.Delivery.Spooled;
    }

    /**
     * A file from a link: made durable here and remembered, to be acknowledged at the end of the pass;
     * one delivered already is only acknowledged.
     */
    void received(LinkEvent.FileReceived event) {
        NetworkFile file = event.file();
        // The hop count is part of it: a file that went round a routing loop is not a resend.
        String identity = file.identity() + "." + file.job().hops();
        if (!delivered.contains(identity)) {
            NetworkFile arrived = new NetworkFile(file.job().nextHop(), file.dataset(), file.records());
            boolean kept = routing.resolve(file.dataset().destinationNode()) instanceof Route.Local
                    ? deliverLocally(arrived) || returnFromHere(arrived) : store(arrived);
            if (!kept) {
                notices.tell(routing.localNode(), "", RscsMessage.NOT_STORED.text(file.job().originNode(),
                        file.job().originUser(), "SPOOL REFUSED IT"));
                return;
            }
            delivered.add(identity);
        }
        toAcknowledge.add(event);
    }

    /** The files received in this pass are remembered on disk, in one write, then acknowledged. */
    void acknowledgeReceived() {
        if (toAcknowledge.isEmpty()) {
            return;
        }
        delivered.record();
        for (LinkEvent.FileReceived r : toAcknowledge) {
            r.link().acknowledge(r.session());
        }
        toAcknowledge.clear();
    }

    /** A file for a user this node does not have goes back to its sender. */
    private boolean returnFromHere(NetworkFile file) {
        JobHeader job = file.job();
        DatasetHeader ds = file.dataset();
        NetworkFile back = new NetworkFile(new JobHeader(job.jobId(), job.jobClass(), 0, job.jobName(), job.userid(),
                Tod.now(), job.originNode(), job.originUser(), job.originNode(), job.originUser(), job.form(),
                job.records()), ds.routedTo(job.originNode(), job.originUser()), file.records());
        if (!store(back)) {
            return false;
        }
        notices.tell(job.originNode(), job.originUser(), RscsMessage.RETURNED.text(job.jobId(), ds.fileName(),
                ds.fileType(), ds.destinationNode(), ds.destinationUser(),
                "USER " + ds.destinationUser() + " UNKNOWN AT " + routing.localNode()));
        return true;
    }

    /**
     * The peer on {@code link} has it: the file leaves the reader (with others acknowledged at the
     * same time, by one PURGE), and a sender on this node is told that it is on its way.
     */
    void sent(Link link, Outbound outbound) {
        acknowledged.add(outbound.spoolId());
        JobHeader job = outbound.file().job();
        DatasetHeader ds = outbound.file().dataset();
        if (job.originNode().equals(routing.localNode()) && !job.originUser().isEmpty()
                && !job.originUser().equals(serviceMachine)) {
            notices.tell(routing.localNode(), job.originUser(), RscsMessage.SENT.text(job.jobId(), link.node(),
                    ds.destinationNode(), ds.destinationUser()));
        }
    }

    /** Purges the files acknowledged since the last call; true when there were any. */
    boolean purgeAcknowledged() {
        if (acknowledged.isEmpty()) {
            return false;
        }
        spool.purge(acknowledged);
        acknowledged.clear();
        return true;
    }

    /** Files parked for a link that can take them again are released to be read once more. */
    void release(Link link) {
        List<QueuedFile> waiting = parked.remove(link.node());
        if (waiting != null) {
            waiting.forEach(file -> spool.release(file.spoolId()));
        }
    }

    /** The files held in the reader until {@code link} can take them, oldest first. */
    List<QueuedFile> parked(Link link) {
        return List.copyOf(parked.getOrDefault(link.node(), List.of()));
    }

    /** Releases files parked for links that are active, free and not full. */
    boolean releaseReady() {
        boolean any = false;
        for (Link link : routing.links().values()) {
            if (parked.containsKey(link.node()) && link.state() == LinkState.ACTIVE && !link.held()
                    && link.queueLength() < QUEUE_LIMIT / 2) {
                release(link);
                any = true;
            }
        }
        return any;
    }

    /** FLUSH: the link's next waiting file is purged and its sender told. */
    List<String> flush(Link link) {
        List<Outbound> queued = link.queued();
        for (Outbound o : queued) {
            if (link.remove(o.spoolId())) {
                spool.purge(o.spoolId());
                JobHeader job = o.file().job();
                notices.tell(job.originNode(), job.originUser(), RscsMessage.RETURNED.text(o.spoolId(),
                        o.file().dataset().fileName(), o.file().dataset().fileType(), o.file().dataset().destinationNode(),
                        o.file().dataset().destinationUser(), "FLUSHED BY THE OPERATOR OF " + routing.localNode()));
                return List.of(RscsMessage.FLUSHED.text(link.node(), o.spoolId()));
            }
        }
        return List.of(RscsMessage.NOTHING_TO_FLUSH.text(link.node()));
    }

    static NodalMessage systemMessage(String toNode, String toUser, String fromNode, String text) {
        return new NodalMessage(NodalMessage.Kind.SYSTEM_MESSAGE, toNode, toUser, fromNode, "", text);
    }
}
