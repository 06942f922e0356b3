package vm370.rscs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vm370.rscs.config.LinkDefinition;
import vm370.rscs.nje.BlockWriter;
import vm370.rscs.nje.ControlRecord;
import vm370.rscs.nje.DatasetHeader;
import vm370.rscs.nje.JobHeader;
import vm370.rscs.nje.NetworkFile;
import vm370.rscs.nje.NodalMessage;
import vm370.rscs.nje.TtbEncoder;

/** Two links on loopback, no virtual machines: files and messages cross; garbage peers are dropped. */
class LinkTest {

    private final LinkedBlockingQueue<LinkEvent> eventsX = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<LinkEvent> eventsY = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    private Listener listen(String node, Link link) throws Exception {
        Listener l = new Listener(0, node, Map.of(link.node(), link), why -> { });
        open.add(l);
        return l;
    }

    private static <T extends LinkEvent> T next(LinkedBlockingQueue<LinkEvent> events, Class<T> type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            LinkEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            // The connectors' retry reports (peer port 1 refuses) are not what these tests wait for.
            if (type.isInstance(e) && !(e instanceof LinkEvent.StateChanged c && c.state() == LinkState.CONNECTING)) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    private Link[] pair() throws Exception {
        Link yToX = new Link(new LinkDefinition("X", "127.0.0.1", 1, false), "Y", Duration.ofMillis(50),
                Duration.ofMillis(200), eventsY::add);
        Listener y = listen("Y", yToX);
        yToX.start();
        Link xToY = new Link(new LinkDefinition("Y", "127.0.0.1", y.port(), true), "X", Duration.ofMillis(50),
                Duration.ofMillis(200), eventsX::add);
        open.add(xToY::drain);
        open.add(yToX::drain);
        xToY.start();
        next(eventsX, LinkEvent.StateChanged.class);
        return new Link[] {xToY, yToX};
    }

    static NetworkFile file(int id, int cards) {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            byte[] r = new byte[81];
            java.util.Arrays.fill(r, (byte) (0xF0 + i % 10));
            r[0] = 0x01;
            records.add(r);
        }
        return new NetworkFile(new JobHeader(id, 'A', 0, "JOB", "ALICE", 42L + id, "X", "ALICE", "Y", "BOB", "STANDARD",
                cards), new DatasetHeader("Y", "BOB", "TEST", "DATA", 'A', cards, true, "STANDARD", "", "Y BOB"), records);
    }

    @Test
    void aFileCrossesTheLinkAndLeavesTheQueueOnlyWhenAcknowledged() throws Exception {
        Link[] links = pair();
        links[0].enqueue(new Outbound(file(7, 300), 7));
        LinkEvent.FileReceived received = next(eventsY, LinkEvent.FileReceived.class);
        assertEquals(300, received.file().records().size());
        assertEquals("X.7.31", received.file().identity());
        org.junit.jupiter.api.Assertions.assertArrayEquals(file(7, 300).records().get(5), received.file().records().get(5));
        Thread.sleep(200);
        assertEquals(1, links[0].queueLength(), "in flight until acknowledged");
        links[1].acknowledge(received.session());
        assertEquals(7, next(eventsX, LinkEvent.FileSent.class).outbound().spoolId());
        assertEquals(0, links[0].queueLength());
    }

    @Test
    void messagesAndCommandsCrossTheLink() throws Exception {
        Link[] links = pair();
        links[0].send(new NodalMessage(NodalMessage.Kind.COMMAND, "Y", "ALICE", "X", "", "QUERY SYSTEM"));
        NodalMessage m = next(eventsY, LinkEvent.MessageReceived.class).message();
        assertEquals(NodalMessage.Kind.COMMAND, m.kind());
        assertEquals("QUERY SYSTEM", m.text());
    }

    @Test
    void aPeerThatSendsNoOpenIsDroppedAndTheListenerGoesOn() throws Exception {
        Link yToX = new Link(new LinkDefinition("X", "127.0.0.1", 1, false), "Y", Duration.ofMillis(50),
                Duration.ofMillis(200), eventsY::add);
        yToX.start();
        open.add(yToX::drain);
        Listener y = listen("Y", yToX);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), y.port())) {
            s.getOutputStream().write("GET / HTTP/1.0\r\nHost: y.example\r\nAccept: */*\r\n\r\n".getBytes());
            assertEquals(-1, s.getInputStream().read(), "closed on us");
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), y.port())) {
            s.getOutputStream().write(ControlRecord.open("Q", 0, "Y", 0).encode());
            ControlRecord nak = ControlRecord.decode(s.getInputStream().readNBytes(ControlRecord.LENGTH)).orElseThrow();
            assertEquals(ControlRecord.Type.NAK, nak.type());
            assertEquals(ControlRecord.NakReason.NO_SUCH_LINK.code(), nak.reason());
        }
    }

    @Test
    void aPeerThatSendsGarbageAfterSignonIsDroppedWithAMessage() throws Exception {
        Link yToX = new Link(new LinkDefinition("X", "127.0.0.1", 1, false), "Y", Duration.ofMillis(50),
                Duration.ofMillis(200), eventsY::add);
        yToX.start();
        open.add(yToX::drain);
        Listener y = listen("Y", yToX);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), y.port())) {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(ControlRecord.open("X", 0, "Y", 0).encode());
            assertEquals(ControlRecord.Type.ACK,
                    ControlRecord.decode(in.readNBytes(ControlRecord.LENGTH)).orElseThrow().type());
            TtbEncoder ttb = new TtbEncoder();
            out.write(ttb.begin().add(BlockWriter.enquiry()).end().toByteArray());
            in.readNBytes(19);
            out.write(ttb.begin().add(new BlockWriter(256).beginSignon().record(0xF0, 0xC9,
                    vm370.rscs.nje.Signon.initial("X", 8192).encode()).end().toByteArray()).end().toByteArray());
            assertEquals(LinkState.ACTIVE, next(eventsY, LinkEvent.StateChanged.class).state());
            out.write(ttb.begin().add(new byte[] {0x10, 0x02, (byte) 0x81, (byte) 0x8F, (byte) 0xCF, (byte) 0x99,
                    (byte) 0x80, 0x20, 0x00, 0x00}).end().toByteArray());
            LinkEvent.StateChanged dropped = next(eventsY, LinkEvent.StateChanged.class);
            assertEquals(LinkState.INACTIVE, dropped.state());
            assertTrue(dropped.detail().contains("GARBAGE FROM X"), dropped.detail());
        }
    }
}
