package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.VmcfCalls.storage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.SpecialMessageReceiver;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;

/**
 * SMSG through VMCF: a program AUTHORIZEs with DIAGNOSE X'68' and the SMSG flag, and each special
 * message then comes as external interruption X'4001' with its header and text in the program's
 * buffer, as VM/370 delivered them; not before, and not while the program runs disabled.
 */
class SpecialMessageVmcfTest {

    private static final String DIRECTORY = """
            USER SERVER SERVER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER MAINT MAINT 1M 16M G
             CONSOLE 009 3215
            """;

    /**
     * AUTHORIZE (rc to X'300'), CR0 bit 31 on, then an enabled wait; each external interruption
     * counts at X'308' and stores its code at X'304' and the buffer's first 80 bytes at X'400'
     * onwards; after two messages the program stops with wait code X'68'.
     */
    private static final String RECEIVER = """
            VMCF     START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'58'(8),EXTNEW
                     LA    2,PARMS
                     DIAG  2,3,X'0068'
                     ST    3,X'300'
                     LCTL  0,0,CR0
            WAIT     LPSW  WAITPSW
            HANDLER  MVC   X'304'(2),X'1A'
                     L     4,X'308'
                     LA    4,1(,4)
                     ST    4,X'308'
                     LR    5,4
                     SLL   5,7
                     L     6,BUFADDR
                     MVC   X'380'(80,5),0(6)
                     C     4,TWO
                     BL    WAIT
                     LPSW  DONE
                     DS    0D
            EXTNEW   DC    X'00000000',A(HANDLER)
            WAITPSW  DC    X'0102000000000000'
            DONE     DC    X'0002000000000068'
            PARMS    DC    X'2000'
                     DC    H'0'
                     DC    F'0'
                     DC    CL8' '
                     DC    A(BUFFER)
                     DC    F'200'
                     DC    F'0'
                     DC    F'0'
                     DC    XL8'00'
            CR0      DC    X'00000001'
            TWO      DC    F'2'
            BUFADDR  DC    A(BUFFER)
            BUFFER   EQU   X'3000'
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 4M\n", DIRECTORY);

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    @Test
    void anAssembledProgramEnabledForExternalInterruptionsReceivesEachSmsgInItsBuffer() throws Exception {
        List<String> console = system.logon("SERVER");
        system.logon("MAINT");
        VirtualMachine maint = system.machine("MAINT");
        VirtualMachine server = system.machine("SERVER");
        assertEquals(List.of("DMKMSG057W SERVER NOT RECEIVING; SMSG OFF"),
                system.cp.specialMessage(maint, "server", "BEFORE").lines());
        assertEquals(List.of("DMKMSG045E NOBODY NOT LOGGED ON"), system.cp.specialMessage(maint, "nobody", "X").lines());

        system.punchIplDeck("SERVER", RECEIVER);
        system.cp.ipl(server, "00C", "");
        TestSystem.await(() -> system.cp.specialMessage(maint, "SERVER", "QUERY SYSTEM").lines().isEmpty(),
                "the program to authorize");
        assertEquals(List.of(), system.cp.specialMessage(maint, "SERVER", "CMD NODE2 Q").lines());
        TestSystem.await(() -> console.contains("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000068'"),
                "the program's end after two messages");

        assertEquals("00000000" + "4001" + "0000" + "00000002", hex(storage(server, 0x300, 12)));
        byte[] first = storage(server, 0x400, 80);
        assertEquals("0000" + "0004", hex(java.util.Arrays.copyOfRange(first, 0, 4)), "status and SENDX");
        assertEquals("SYSTEM  ", Ebcdic.CP037.decode(java.util.Arrays.copyOfRange(first, 8, 16)));
        assertEquals("00003028", hex(java.util.Arrays.copyOfRange(first, 16, 20)), "the text's address");
        assertEquals(12, first[23]);
        assertEquals("MAINT   ", Ebcdic.CP037.decode(java.util.Arrays.copyOfRange(first, 32, 40)));
        assertEquals("QUERY SYSTEM", Ebcdic.CP037.decode(java.util.Arrays.copyOfRange(first, 40, 52)));
        byte[] second = storage(server, 0x480, 80);
        assertEquals("CMD NODE2 Q", Ebcdic.CP037.decode(java.util.Arrays.copyOfRange(second, 40, 40 + second[23])));
    }

    @Test
    void diagnose68RefusesABadBufferAndEverySubfunctionButAuthorizeBeforeIt() throws Exception {
        system.logon("MAINT");
        List<String> log = JavaGuest.start(system, "SERVER", (m, g) -> {
            g.log("unauthorize first rc" + vmcf(m, 1, 0x3000, 200, 0));
            g.log("receive first rc" + vmcf(m, 5, 0x3000, 200, 0));
            g.log("short buffer rc" + vmcf(m, 0, 0x3000, 39, 0x20));
            g.log("unaligned buffer rc" + vmcf(m, 0, 0x3004, 200, 0x20));
            g.log("beyond storage rc" + vmcf(m, 0, 0xFFF00, 0x200, 0x20));
            g.log("send rc" + vmcf(m, 2, 0x3000, 200, 0));
            g.log("authorize without smsg rc" + vmcf(m, 0, 0x3000, 200, 0));
            g.log("smsg " + system.cp.specialMessage(system.machine("MAINT"), "SERVER", "X").returnCode());
            g.log("receive rc" + vmcf(m, 5, 0x3000, 200, 0));
            g.log("unauthorize rc" + vmcf(m, 1, 0x3000, 200, 0));
        }).results();
        assertEquals(List.of("unauthorize first rc4", "receive first rc4", "short buffer rc1", "unaligned buffer rc1",
                "beyond storage rc1", "send rc4", "authorize without smsg rc0", "smsg 57", "receive rc12",
                "unauthorize rc0", "END"), log);
    }

    @Test
    void aJavaGuestAuthorizesAndReadsTheMessageAfterTheInterruptionEndsItsWait() throws Exception {
        system.logon("MAINT");
        JavaGuest log = JavaGuest.start(system, "SERVER", (m, g) -> {
            SpecialMessageReceiver receiver = new SpecialMessageReceiver(m, 0x2F00, 0x3000, 0x100);
            g.log("authorize rc" + receiver.authorize());
            // External new PSW: a disabled wait; CR0 bit 31 on; then an enabled wait.
            m.write(0x58, new byte[] {0, 2, 0, 0, 0, 0, 0x0E, 0}, 0, 8);
            m.write(0x500, new byte[] {(byte) 0xB7, 0, 0x05, 0x10, (byte) 0x82, 0, 0x05, 0x18}, 0, 8);
            m.write(0x510, new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0}, 0, 16);
            g.log("waiting");
            m.loadPsw(0x500);
            m.runUntilDisabledWait();
            byte[] old = new byte[8];
            m.read(0x18, old, 0, 8);
            g.log(String.format("code %02X%02X", old[2], old[3]) + " " + receiver.message());
        });
        log.await("waiting");
        TestSystem.await(() -> system.cp.specialMessage(system.machine("MAINT"), "SERVER", "hello there").lines().isEmpty(),
                "the message to be taken");
        assertEquals(List.of("authorize rc0", "waiting", "code 4001 SpecialMessage[sender=MAINT, text=hello there]", "END"),
                log.results());
    }

    @Test
    void setSmsgOnLetsAProgramAuthorizedWithoutTheFlagReceiveAndOffStopsIt() throws Exception {
        system.logon("MAINT");
        system.logon("SERVER");
        var commands = new vm370.cp.command.CpCommandProcessor(system.cp);
        VirtualMachine server = system.machine("SERVER");
        VirtualMachine maint = system.machine("MAINT");
        assertEquals(List.of(), server.call(() -> commands.execute(server, "SET SMSG ON")).lines());
        assertEquals(List.of("DMKMSG057W SERVER NOT RECEIVING; NOT AUTHORIZED"),
                system.cp.specialMessage(maint, "SERVER", "X").lines());
        JavaGuest.start(system, "SERVER", (m, g) -> g.log("authorize rc" + vmcf(m, 0, 0x3000, 200, 0))).results();
        assertEquals(List.of(), system.cp.specialMessage(maint, "SERVER", "X").lines());
        assertEquals(List.of(), server.call(() -> commands.execute(server, "SET SMSG OFF")).lines());
        assertEquals(List.of("DMKMSG057W SERVER NOT RECEIVING; SMSG OFF"),
                system.cp.specialMessage(maint, "SERVER", "X").lines());
    }

    /** DIAGNOSE X'68' with a parameter list at X'2F00'; returns the return code. */
    private static int vmcf(GuestMachine m, int function, int buffer, int length, int flags) {
        byte[] list = new byte[40];
        list[0] = (byte) flags;
        list[3] = (byte) function;
        GuestCalls.putWord(m, 0x2F00, 0);
        m.write(0x2F00, list, 0, 40);
        GuestCalls.putWord(m, 0x2F10, buffer);
        GuestCalls.putWord(m, 0x2F14, length);
        m.setGpr(6, 0x2F00);
        m.diagnose(0x68, 6, 7);
        return m.gpr(7);
    }
}
