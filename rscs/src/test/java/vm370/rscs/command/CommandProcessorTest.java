package vm370.rscs.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vm370.rscs.config.LinkDefinition;
import vm370.rscs.link.Link;
import vm370.rscs.link.QueuedFile;
import vm370.rscs.nje.DatasetHeader;
import vm370.rscs.nje.JobHeader;
import vm370.rscs.route.RoutingTable;

class CommandProcessorTest {

    private final Link linkB = new Link(new LinkDefinition("B", "127.0.0.1", 1, false), "A", Duration.ofSeconds(1),
            Duration.ofSeconds(1), e -> { });
    private final RoutingTable routing = new RoutingTable("A", Map.of("B", linkB), Map.of("B", "B", "C", "B"));
    private final List<String> acts = new ArrayList<>();
    private final List<QueuedFile> heldForB = new ArrayList<>();

    private final CommandProcessor commands = new CommandProcessor(new Operations() {
        @Override
        public RoutingTable routing() {
            return routing;
        }

        @Override
        public boolean authorized(String userid) {
            return userid.equals("OPER");
        }

        @Override
        public List<String> message(String toNode, String toUser, String fromUser, String text) {
            acts.add("MSG " + toNode + " " + toUser + " " + fromUser + " " + text);
            return List.of();
        }

        @Override
        public List<String> remoteCommand(String node, String replyTo, String text) {
            acts.add("CMD " + node + " " + replyTo + " " + text);
            return List.of();
        }

        @Override
        public List<String> flush(Link link) {
            return List.of("FLUSHED " + link.node());
        }

        @Override
        public List<String> changeClass(int spoolId, char spoolClass) {
            return List.of("CHANGED " + spoolId + " " + spoolClass);
        }

        @Override
        public List<String> cpQuery(String operands) {
            return List.of("CP " + operands);
        }

        @Override
        public List<QueuedFile> parked(Link link) {
            return link == linkB ? heldForB : List.of();
        }

        @Override
        public void linkReady(Link link) {
            acts.add("READY " + link.node());
        }
    });

    private final Asker alice = new Asker.LocalUser("ALICE");

    @Test
    void queryShowsTheSystemTheLinksTheQueuesAndANodesRoute() {
        assertEquals(List.of("DMTCMX700I NODE A, RSCS VERSION 1 TCPNJE, 1 LINKS, 0 ACTIVE, 0 FILES QUEUED"),
                commands.execute("QUERY SYSTEM", alice));
        assertTrue(commands.execute("q links", alice).getFirst().startsWith("DMTCMX701I LINK B        INACTIVE Q=0"));
        assertEquals(List.of("DMTCMX703I NO FILES QUEUED"), commands.execute("Q QUEUES", alice));
        assertEquals(List.of("DMTCMX705I NODE C ROUTED VIA LINK B (INACTIVE)"), commands.execute("Q C", alice));
        assertEquals(List.of("DMTCMX704I NODE A IS THE LOCAL NODE"), commands.execute("Q A", alice));
        assertEquals(List.of("DMTCMX205E NODE Z NOT DEFINED"), commands.execute("Q Z", alice));
    }

    @Test
    void aFileHeldInTheReaderUntilItsLinkComesUpIsCountedAndListedAsQueued() {
        heldForB.add(new QueuedFile(42, new JobHeader(42, 'A', 0, "PROFILE", "ALICE", 0, "A", "ALICE", "C", "BOB", "STANDARD", 3),
                new DatasetHeader("C", "BOB", "PROFILE", "EXEC", 'A', 3, true, "STANDARD", "ALICE", "C BOB"), 3));
        assertEquals(List.of("DMTCMX700I NODE A, RSCS VERSION 1 TCPNJE, 1 LINKS, 0 ACTIVE, 1 FILES QUEUED"),
                commands.execute("QUERY SYSTEM", alice));
        assertEquals(List.of("DMTCMX702I LINK B        FILE 0042 FROM A(ALICE) TO C(BOB) PROFILE EXEC RECS 3"),
                commands.execute("Q QUEUES", alice));
    }

    @Test
    void operatorCommandsNeedTheConsoleOrAnAuthorizedUser() {
        assertEquals(List.of("DMTCMX202E COMMAND HOLD NOT AUTHORIZED"), commands.execute("HOLD B", alice));
        assertEquals(List.of("DMTCMX712I LINK B HELD"), commands.execute("HOLD B", new Asker.LocalUser("OPER")));
        assertTrue(linkB.held());
        assertEquals(List.of("DMTCMX713I LINK B FREED"), commands.execute("FREE B", new Asker.Console()));
        assertEquals(List.of("READY B"), acts);
        assertEquals(List.of("DMTCMX204E LINK Q NOT DEFINED"), commands.execute("DRAIN Q", new Asker.Console()));
        assertEquals(List.of("FLUSHED B"), commands.execute("FLUSH B", new Asker.Console()));
        assertEquals(List.of("CHANGED 12 B"), commands.execute("CHANGE 0012 CLASS B", new Asker.Console()));
    }

    @Test
    void remoteUsersMayOnlyQuery() {
        Asker remote = new Asker.RemoteUser("C", "CAROL");
        assertEquals(List.of("DMTCMX202E COMMAND START NOT AUTHORIZED"), commands.execute("START B", remote));
        assertEquals(List.of("DMTCMX202E COMMAND MSG NOT AUTHORIZED"), commands.execute("MSG A X hi", remote));
        assertEquals(List.of("CP TIME"), commands.execute("CPQ TIME", remote));
    }

    @Test
    void routeChangesTheNodeTable() {
        Asker console = new Asker.Console();
        assertEquals(List.of("DMTCMX717I NODE D ROUTED VIA LINK B"), commands.execute("ROUTE D TO B", console));
        assertEquals(List.of("DMTCMX705I NODE D ROUTED VIA LINK B (INACTIVE)"), commands.execute("Q D", console));
        assertEquals(List.of("DMTCMX718I ROUTE FOR NODE D REMOVED"), commands.execute("ROUTE D OFF", console));
        assertEquals(List.of("DMTCMX204E LINK X NOT DEFINED"), commands.execute("ROUTE D X", console));
    }

    @Test
    void msgAndCmdGoToTheirNodeWithTheSendersName() {
        assertEquals(List.of(), commands.execute("MSG C bob Hello There", alice));
        assertEquals(List.of(), commands.execute("CMD C Q LINKS", alice));
        assertEquals(List.of("MSG C BOB ALICE Hello There", "CMD C ALICE Q LINKS"), acts);
    }

    @Test
    void anUnknownCommandOrAMissingOperandIsSaidSo() {
        assertEquals(List.of("DMTCMX201E INVALID COMMAND FROB"), commands.execute("FROB", alice));
        assertEquals(List.of("DMTCMX203E OPERAND MISSING OR INVALID"), commands.execute("MSG C", alice));
        assertEquals(List.of("DMTCMX203E OPERAND MISSING OR INVALID"), commands.execute("CHANGE X CLASS A", new Asker.Console()));
    }
}
