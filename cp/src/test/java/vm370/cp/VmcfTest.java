package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.VmcfCalls.PRIORITY;
import static vm370.cp.VmcfCalls.SPECIFIC;
import static vm370.cp.VmcfCalls.authorize;
import static vm370.cp.VmcfCalls.storage;
import static vm370.cp.VmcfCalls.word;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.VmcfCalls.Call;
import vm370.cp.vm.VirtualMachine;
import vm370.cp.vm.VmcfFunction;
import vm370.s370.text.Ebcdic;

/**
 * VMCF between two virtual machines (DIAGNOSE X'68'): programs AUTHORIZE, SEND, SEND/RECV, SENDX,
 * IDENTIFY, RECEIVE, REPLY, REJECT and CANCEL, CP moves the data between their storages and
 * presents each step as external interruption X'4001' with its message header; every refusal
 * comes back as the return code the System Programmer's Guide gives it.
 */
class VmcfTest {

    private static final String DIRECTORY = """
            USER SERVER SERVER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER CLIENT CLIENT 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER MAINT MAINT 1M 16M G
             CONSOLE 009 3215
            """;

    /**
     * The server: AUTHORIZE, wait for a SEND interruption, copy its header to X'400', RECEIVE the
     * data at X'3200', REPLY 'HELLO, CLIENT' with user doubleword 'SERVERDW'; return codes at
     * X'300' (AUTHORIZE), X'304' (RECEIVE), X'308' (REPLY); then a disabled wait X'5E'.
     */
    private static final String SERVER = """
            SERVER   START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'58'(8),EXTNEW
                     L     6,BUFFER
                     LA    2,AUTH
                     DIAG  2,3,X'0068'
                     ST    3,X'300'
                     LCTL  0,0,CR0
            WAIT     LPSW  WAITPSW
            HANDLER  MVC   X'400'(40),0(6)
                     MVC   RECV+4(12),4(6)
                     MVC   REPL+4(12),4(6)
                     LA    2,RECV
                     DIAG  2,3,X'0068'
                     ST    3,X'304'
                     LA    2,REPL
                     DIAG  2,3,X'0068'
                     ST    3,X'308'
                     LPSW  DONE
                     DS    0D
            EXTNEW   DC    X'00000000',A(HANDLER)
            WAITPSW  DC    X'0102000000000000'
            DONE     DC    X'000200000000005E'
            AUTH     DC    H'0',H'0',F'0',CL8' '
                     DC    A(X'3000'),F'64',F'0',F'0',XL8'00'
            RECV     DC    H'0',H'5',F'0',CL8' '
                     DC    A(X'3200'),F'80',F'0',F'0',XL8'00'
            REPL     DC    H'0',H'7',F'0',CL8' '
                     DC    A(ANSWER),F'13',F'0',F'0'
                     DC    CL8'SERVERDW'
            ANSWER   DC    C'HELLO, CLIENT'
                     DS    0F
            CR0      DC    X'00000001'
            BUFFER   DC    A(X'3000')
                     END
            """;

    /**
     * The client: AUTHORIZE, SEND/RECV message 7 ('HELLO', user doubleword 'CLIENTDW', a 16-byte
     * reply buffer at X'3100') to SERVER, wait for the final response and copy its header to X'400';
     * return codes at X'300' and X'304'; then a disabled wait X'5E'.
     */
    private static final String CLIENT = """
            CLIENT   START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'58'(8),EXTNEW
                     L     6,BUFFER
                     LA    2,AUTH
                     DIAG  2,3,X'0068'
                     ST    3,X'300'
                     LCTL  0,0,CR0
                     LA    2,SENDR
                     DIAG  2,3,X'0068'
                     ST    3,X'304'
            WAIT     LPSW  WAITPSW
            HANDLER  MVC   X'400'(40),0(6)
                     LPSW  DONE
                     DS    0D
            EXTNEW   DC    X'00000000',A(HANDLER)
            WAITPSW  DC    X'0102000000000000'
            DONE     DC    X'000200000000005E'
            AUTH     DC    H'0',H'0',F'0',CL8' '
                     DC    A(X'3000'),F'64',F'0',F'0',XL8'00'
            SENDR    DC    H'0',H'3',F'7',CL8'SERVER'
                     DC    A(DATA),F'5',A(X'3100'),F'16'
                     DC    CL8'CLIENTDW'
            DATA     DC    C'HELLO'
                     DS    0F
            CR0      DC    X'00000001'
            BUFFER   DC    A(X'3000')
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 8M\nPROCESSORS 2\n", DIRECTORY);


    private String header(VirtualMachine machine, int address) {
        byte[] h = storage(machine, address, 40);
        return String.format("%02X%02X%02X%02X %d %s %d %d %d %s", h[0], h[1], h[2], h[3], word(h, 4),
                Ebcdic.CP037.decode(h, 8, 8).strip(), word(h, 20), word(h, 28), word(h, 16) != 0 ? 1 : 0,
                Ebcdic.CP037.decode(h, 32, 8).strip());
    }


    @Test
    void anAssembledClientAndServerExchangeASendRecvAndItsReply() throws Exception {
        List<String> serverConsole = system.logon("SERVER");
        List<String> clientConsole = system.logon("CLIENT");
        VirtualMachine server = system.machine("SERVER");
        VirtualMachine client = system.machine("CLIENT");
        system.punchIplDeck("SERVER", SERVER);
        system.punchIplDeck("CLIENT", CLIENT);
        system.cp.ipl(server, "00C", "");
        TestSystem.await(server.vmcf()::authorized, "the server to authorize");
        system.cp.ipl(client, "00C", "");
        String done = "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 0000005E'";
        TestSystem.await(() -> serverConsole.contains(done) && clientConsole.contains(done), "both programs to end");

        byte[] codes = storage(server, 0x300, 12);
        assertEquals(List.of(0, 0, 0), List.of(word(codes, 0), word(codes, 4), word(codes, 8)),
                "AUTHORIZE, RECEIVE and REPLY return codes");
        assertEquals("00000003 7 CLIENT 5 16 1 CLIENTDW", header(server, 0x400), "the SEND interruption's header");
        assertEquals("HELLO", Ebcdic.CP037.decode(storage(server, 0x3200, 5)));
        assertEquals(0, word(storage(client, 0x300, 8), 4), "SEND/RECV return code");
        assertEquals("80000003 7 SERVER 0 3 1 SERVERDW", header(client, 0x400),
                "the final response: no SEND data left, 3 bytes of the reply buffer unused");
        assertEquals("HELLO, CLIENT", Ebcdic.CP037.decode(storage(client, 0x3100, 13)));
    }

    @Test
    void aSourceGetsEachRefusalAsItsReturnCode() throws Exception {
        system.logon("MAINT");
        SteppedGuest server = SteppedGuest.start(system, "SERVER");
        SteppedGuest client = SteppedGuest.start(system, "CLIENT");
        List<String> log = new ArrayList<>();
        log.add("server authorize " + server.run(m -> authorize(m, 0, "")));
        log.add("send unauthorized " + client.run(m -> Call.of(VmcfFunction.SEND, 1, "SERVER").issue(m)));
        log.add("client authorize " + client.run(m -> authorize(m, 0, "")));
        log.add("not logged on " + client.run(m -> Call.of(VmcfFunction.SEND, 1, "NOBODY").issue(m)));
        log.add("sink not authorized " + client.run(m -> Call.of(VmcfFunction.SEND, 1, "MAINT").issue(m)));
        log.add("data beyond storage " + client.run(m -> Call.of(VmcfFunction.SEND, 1, "SERVER").a(0xFFF00, 0x200).issue(m)));
        log.add("reply buffer beyond storage " + client.run(m ->
                Call.of(VmcfFunction.SEND_RECEIVE, 1, "SERVER").a(0x4000, 8).b(0x100000, 8).issue(m)));
        log.add("sendx too large " + client.run(m -> Call.of(VmcfFunction.SENDX, 1, "SERVER").a(0x4000, 217).issue(m)));
        log.add("sendx fits " + client.run(m -> Call.of(VmcfFunction.SENDX, 2, "SERVER").a(0x4000, 216).issue(m)));
        log.add("priority not accepted " + client.run(m ->
                Call.of(VmcfFunction.SEND, 3, "SERVER").flags(PRIORITY).issue(m)));
        log.add("send " + client.run(m -> Call.of(VmcfFunction.SEND, 3, "SERVER").issue(m)));
        log.add("duplicate " + client.run(m -> Call.of(VmcfFunction.SEND_RECEIVE, 3, "SERVER").issue(m)));
        log.add("identify twice " + client.run(m -> Call.of(VmcfFunction.IDENTIFY, 4, "SERVER").issue(m) + ","
                + Call.of(VmcfFunction.IDENTIFY, 4, "SERVER").issue(m)));
        log.add("no such subfunction " + client.run(m -> new Call(0, 12, 0, "", 0, 0, 0, 0, "").issue(m)));
        log.add("server quiesce " + server.run(m -> Call.of(VmcfFunction.QUIESCE, 0, "").issue(m)));
        log.add("quiesced " + client.run(m -> Call.of(VmcfFunction.SEND, 5, "SERVER").issue(m)));
        log.add("server resume " + server.run(m -> Call.of(VmcfFunction.RESUME, 0, "").issue(m)));
        log.add("in flight up to the limit " + client.run(m -> {
            StringBuilder codes = new StringBuilder();
            for (int id = 100; id < 148; id++) {
                codes.append(Call.of(VmcfFunction.SEND, id, "SERVER").issue(m));
            }
            return codes.toString().replace("0", "").isEmpty() ? "all 0" : codes.toString();
        }));
        log.add("message limit " + client.run(m -> Call.of(VmcfFunction.SEND, 200, "SERVER").issue(m)));
        log.add("server specific for maint " + server.run(m -> authorize(m, SPECIFIC, "MAINT")));
        log.add("sink specific for another " + client.run(m -> Call.of(VmcfFunction.CANCEL, 100, "SERVER").issue(m)
                + "," + Call.of(VmcfFunction.SEND, 201, "SERVER").issue(m)));
        log.add("client specific for maint " + client.run(m -> authorize(m, SPECIFIC, "MAINT")
                + "," + Call.of(VmcfFunction.IDENTIFY, 202, "SERVER").issue(m)));
        assertEquals(List.of("server authorize 0", "send unauthorized 4", "client authorize 0", "not logged on 5",
                "sink not authorized 5", "data beyond storage 1", "reply buffer beyond storage 1", "sendx too large 7",
                "sendx fits 0", "priority not accepted 18", "send 0", "duplicate 8", "identify twice 0,0",
                "no such subfunction 2", "server quiesce 0", "quiesced 9", "server resume 0",
                "in flight up to the limit all 0", "message limit 10", "server specific for maint 0",
                "sink specific for another 0,5", "client specific for maint 0,5"), log);
    }
}
