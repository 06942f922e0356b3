package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.VmcfCalls.BUFFER;
import static vm370.cp.VmcfCalls.PRIORITY;
import static vm370.cp.VmcfCalls.authorize;
import static vm370.cp.VmcfCalls.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.VmcfCalls.Call;
import vm370.cp.vm.VmcfFunction;

/**
 * The VMCF protocol between two machines driven step by step: what the sink may do with a message
 * and when (RECEIVE, REPLY, REJECT), what the source then gets in its final response, priority
 * messages first, SENDX and IDENTIFY, CANCEL at each stage, a partner going away, and buffers the
 * PSW key may not touch.
 */
class VmcfProtocolTest {

    private static final String DIRECTORY = """
            USER SERVER SERVER 1M 16M G
             CONSOLE 009 3215
            USER CLIENT CLIENT 1M 16M G
             CONSOLE 009 3215
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 8M\nPROCESSORS 2\n", DIRECTORY);

    private SteppedGuest server;
    private SteppedGuest client;

    @BeforeEach
    void bothAuthorize() throws Exception {
        server = SteppedGuest.start(system, "SERVER");
        client = SteppedGuest.start(system, "CLIENT");
        assertEquals(0, (int) server.run(m -> authorize(m, PRIORITY, "")));
        assertEquals(0, (int) client.run(m -> authorize(m, 0, "")));
    }

    private int client(Call call) throws InterruptedException {
        return client.run(call::issue);
    }

    private int server(Call call) throws InterruptedException {
        return server.run(call::issue);
    }

    private static Call send(VmcfFunction function, int id) {
        return Call.of(function, id, "SERVER");
    }

    private static Call answer(VmcfFunction function, int id) {
        return Call.of(function, id, "CLIENT");
    }

    @Test
    void theSinkReceivesRepliesAndRejectsAsTheProtocolAllowsAndTheSourceSeesTheOutcome() throws Exception {
        client.run(m -> {
            text(m, 0x4000, "ABCDEFGHIJ");
            return 0;
        });
        List<String> log = new ArrayList<>();
        log.add("send 1 " + client(send(VmcfFunction.SEND, 1).a(0x4000, 10).word("ONE")));
        log.add("send/recv 2 " + client(send(VmcfFunction.SEND_RECEIVE, 2).a(0x4000, 8).b(0x4100, 8).word("TWO")));
        log.add("send/recv 3 " + client(send(VmcfFunction.SEND_RECEIVE, 3).a(0x4000, 3).b(0x4200, 8).word("THREE")));
        log.add("receive before the interruption " + server(answer(VmcfFunction.RECEIVE, 1).a(0x5000, 80)));
        log.add(server.run(VmcfCalls::next));
        log.add("reply to a send " + server(answer(VmcfFunction.REPLY, 1).a(0x5000, 4)));
        log.add("receive short " + server(answer(VmcfFunction.RECEIVE, 1).a(0x5000, 4).word("GOTIT")));
        log.add("moved " + server.run(m -> text(m, 0x5000, 5)));
        log.add("receive again " + server(answer(VmcfFunction.RECEIVE, 1).a(0x5000, 80)));
        log.add(client.run(VmcfCalls::next));
        log.add(server.run(VmcfCalls::next));
        log.add("receive 2 " + server(answer(VmcfFunction.RECEIVE, 2).a(0x5000, 80)));
        log.add("receive 2 again " + server(answer(VmcfFunction.RECEIVE, 2).a(0x5000, 80)));
        log.add("reply too long " + server.run(m -> {
            text(m, 0x5100, "ANSWER-TOO-LONG");
            return answer(VmcfFunction.REPLY, 2).a(0x5100, 15).word("REPLIED").issue(m);
        }));
        log.add(client.run(VmcfCalls::next));
        log.add("reply buffer " + client.run(m -> text(m, 0x4100, 9)));
        log.add(server.run(VmcfCalls::next));
        log.add("reject 3 " + server(answer(VmcfFunction.REJECT, 3).word("NO")));
        log.add(client.run(VmcfCalls::next));
        assertEquals(List.of("send 1 0", "send/recv 2 0", "send/recv 3 0",
                "receive before the interruption 13",
                "4001 0000 SEND 1 CLIENT A10 B0 ONE",
                "reply to a send 3", "receive short 16", "moved ABCD\0", "receive again 12",
                "4001 8010 SEND 1 SERVER A6 B0 GOTIT",
                "4001 0000 SEND_RECEIVE 2 CLIENT A8 B8 TWO",
                "receive 2 0", "receive 2 again 3", "reply too long 16",
                "4001 8010 SEND_RECEIVE 2 SERVER A0 B0 REPLIED",
                "reply buffer ANSWER-T\0",
                "4001 0000 SEND_RECEIVE 3 CLIENT A3 B8 THREE",
                "reject 3 0",
                "4001 C000 SEND_RECEIVE 3 SERVER A3 B8 NO"), log);
    }

    @Test
    void priorityMessagesComeFirstSendxBringsItsDataAndIdentifyNeedsNoAnswer() throws Exception {
        client.run(m -> {
            text(m, 0x4000, "XYZ");
            return 0;
        });
        List<String> log = new ArrayList<>();
        log.add("sends " + client(send(VmcfFunction.SEND, 4)) + client(send(VmcfFunction.SEND, 5).flags(PRIORITY))
                + client(send(VmcfFunction.SENDX, 6).a(0x4000, 3)) + client(send(VmcfFunction.IDENTIFY, 7).word("HI")));
        log.add(server.run(VmcfCalls::next));
        log.add(server.run(VmcfCalls::next));
        log.add(server.run(VmcfCalls::next));
        log.add("sendx data " + server.run(m -> text(m, BUFFER + 40, 3)));
        log.add(server.run(VmcfCalls::next));
        log.add("receive an identify " + server(answer(VmcfFunction.RECEIVE, 7).a(0x5000, 8)));
        log.add(client.run(VmcfCalls::next));
        assertEquals(List.of("sends 0000",
                "4001 2000 SEND 5 CLIENT A0 B0", "4001 0000 SEND 4 CLIENT A0 B0", "4001 0000 SENDX 6 CLIENT A3 B0",
                "sendx data XYZ", "4001 0000 IDENTIFY 7 CLIENT A0 B0 HI", "receive an identify 12",
                "4001 8000 SENDX 6 SERVER A0 B0"), log);
    }

    @Test
    void aSendxTheSinksBufferNoLongerHoldsComesBackWithError7() throws Exception {
        List<String> log = new ArrayList<>();
        log.add("sendx 8 " + client(send(VmcfFunction.SENDX, 8).a(0x4000, 100)));
        log.add("server authorizes a smaller buffer " + server(Call.of(VmcfFunction.AUTHORIZE, 0, "").a(BUFFER, 64)));
        log.add("identify 9 " + client(send(VmcfFunction.IDENTIFY, 9)));
        log.add(server.run(VmcfCalls::next));
        log.add(client.run(VmcfCalls::next));
        assertEquals(List.of("sendx 8 0", "server authorizes a smaller buffer 0", "identify 9 0",
                "4001 0000 IDENTIFY 9 CLIENT A0 B0", "4001 8007 SENDX 8 SERVER A100 B0"), log);
    }

    @Test
    void cancelWithdrawsAMessageUntilTheSinkHasAnsweredIt() throws Exception {
        List<String> log = new ArrayList<>();
        log.add("send 1, cancel " + client(send(VmcfFunction.SEND, 1)) + "," + client(send(VmcfFunction.CANCEL, 1)));
        log.add("receive canceled " + server(answer(VmcfFunction.RECEIVE, 1).a(0x5000, 8)));
        log.add("cancel again " + client(send(VmcfFunction.CANCEL, 1)));
        log.add("send/recv 2 " + client(send(VmcfFunction.SEND_RECEIVE, 2).b(0x4100, 8)));
        log.add(server.run(VmcfCalls::next));
        log.add("receive 2 " + server(answer(VmcfFunction.RECEIVE, 2).a(0x5000, 8)));
        log.add("cancel after receive " + client(send(VmcfFunction.CANCEL, 2)));
        log.add("reply to canceled " + server(answer(VmcfFunction.REPLY, 2)));
        log.add("send 3 " + client(send(VmcfFunction.SEND, 3)));
        log.add(server.run(VmcfCalls::next));
        log.add("receive 3 " + server(answer(VmcfFunction.RECEIVE, 3)));
        log.add("cancel answered " + client(send(VmcfFunction.CANCEL, 3)));
        log.add("send 4 " + client(send(VmcfFunction.SEND, 4)));
        log.add("sink cancels it " + server(answer(VmcfFunction.CANCEL, 4)));
        assertEquals(List.of("send 1, cancel 0,0", "receive canceled 12", "cancel again 12", "send/recv 2 0",
                "4001 0000 SEND_RECEIVE 2 CLIENT A0 B8", "receive 2 0", "cancel after receive 11",
                "reply to canceled 12", "send 3 0", "4001 0000 SEND 3 CLIENT A0 B0", "receive 3 0",
                "cancel answered 14", "send 4 0", "sink cancels it 3"), log);
    }

    @Test
    void aSinkThatUnauthorizesOrLogsOffLeavesItsSourcesUserNotAvailable() throws Exception {
        List<String> log = new ArrayList<>();
        log.add("send/recv 1 " + client(send(VmcfFunction.SEND_RECEIVE, 1).b(0x4100, 8)));
        log.add("server unauthorize " + server(answer(VmcfFunction.UNAUTHORIZE, 0)));
        log.add(client.run(VmcfCalls::next));
        log.add("server authorize " + server.run(m -> authorize(m, 0, "")));
        log.add("send 2 " + client(send(VmcfFunction.SEND, 2)));
        system.cp.logoff("SERVER");
        log.add(client.run(VmcfCalls::next));
        log.add("send to a logged-off user " + client(send(VmcfFunction.SEND, 3)));
        assertEquals(List.of("send/recv 1 0", "server unauthorize 0", "4001 8005 SEND_RECEIVE 1 SERVER A0 B8",
                "server authorize 0", "send 2 0", "4001 8005 SEND 2 SERVER A0 B0", "send to a logged-off user 5"), log);
    }

    @Test
    void aSourceThatLogsOffTakesItsMessagesAwayFromTheSink() throws Exception {
        List<String> log = new ArrayList<>();
        log.add("send/recv 1, send 2 " + client(send(VmcfFunction.SEND_RECEIVE, 1).b(0x4100, 8)) + ","
                + client(send(VmcfFunction.SEND, 2)));
        log.add(server.run(VmcfCalls::next));
        system.cp.logoff("CLIENT");
        log.add("reply to a gone source " + server(answer(VmcfFunction.REPLY, 1)));
        log.add("receive its queued message " + server(answer(VmcfFunction.RECEIVE, 2)));
        assertEquals(List.of("send/recv 1, send 2 0,0", "4001 0000 SEND_RECEIVE 1 CLIENT A0 B8",
                "reply to a gone source 12", "receive its queued message 12"), log);
    }

    @Test
    void buffersThePswKeyMayNotTouchAndOverlapsOfAMessageToOneselfAreRefused() throws Exception {
        List<String> log = new ArrayList<>();
        log.add("client sends its own data " + client.run(m -> {
            // SSK 4,5 then LPSW X'608' (a disabled wait): block X'5000' gets key 3, fetch-protected; X'5800' key 3.
            m.write(0x600, new byte[] {0x08, 0x45, (byte) 0x82, 0, 0x06, 0x08}, 0, 6);
            m.write(0x608, new byte[] {0, 2, 0, 0, 0, 0, 0, 0}, 0, 8);
            for (int[] block : new int[][] {{0x5000, 0x38}, {0x5800, 0x30}}) {
                m.setGpr(4, block[1]);
                m.setGpr(5, block[0]);
                m.loadPsw(0x600);
                m.runUntilDisabledWait();
            }
            m.loadPsw(0x0020_0000_0000_0000L);
            return "key2: receive " + Call.of(VmcfFunction.RECEIVE, 1, "SERVER").a(0x5800, 8).issue(m)
                    + ", authorize " + Call.of(VmcfFunction.AUTHORIZE, 0, "").a(0x5800, 0x100).issue(m)
                    + ", send fetch-protected " + send(VmcfFunction.SEND, 1).a(0x5000, 8).issue(m)
                    + ", send key 3 " + send(VmcfFunction.SEND, 1).a(0x5800, 8).issue(m)
                    + ", receive beyond storage " + Call.of(VmcfFunction.RECEIVE, 1, "SERVER").a(0xFFFFC, 8).issue(m);
        }));
        log.add("to oneself " + client.run(m -> {
            m.loadPsw(0);
            return Call.of(VmcfFunction.SEND_RECEIVE, 9, "CLIENT").a(0x4000, 16).b(0x4100, 16).issue(m);
        }));
        log.add(client.run(VmcfCalls::next));
        log.add("receive over the data " + client(Call.of(VmcfFunction.RECEIVE, 9, "CLIENT").a(0x4008, 16)));
        log.add("reply over the reply buffer " + client(Call.of(VmcfFunction.REPLY, 9, "CLIENT").a(0x40F0, 32)));
        log.add(client.run(VmcfCalls::next));
        assertEquals(List.of("client sends its own data key2: receive 6, authorize 6, send fetch-protected 6, send key 3 0, "
                        + "receive beyond storage 1", "to oneself 0", "4001 0000 SEND_RECEIVE 9 CLIENT A16 B16",
                "receive over the data 17", "reply over the reply buffer 17",
                "4001 8011 SEND_RECEIVE 9 CLIENT A16 B16"), log);
    }
}
