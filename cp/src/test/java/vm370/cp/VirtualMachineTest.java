package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.CloseOptions;
import vm370.cp.vm.VirtualMachine;

class VirtualMachineTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 4M
            PROCESSORS 1
            """;
    private static final String DIRECTORY = """
            USER OPERATOR OPERATOR 1M 16M ABCDEFG
             CONSOLE 009 3215
             SPOOL 00D 2540 PUNCH A
            USER USER1 USER1 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
            USER USER2 USER2 64K 16M G
             CONSOLE 01F 3215
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest(CONFIG, DIRECTORY);

    @Test
    void aStandaloneProgramIplsFromTheSpooledReaderAndWritesToItsVirtualConsole() throws Exception {
        system.punchIplDeck("USER1", """
                HELLO    START X'2000'
                         BALR  12,0
                         USING *,12
                         SSM   =X'00'            privileged: trapped and simulated
                         STIDP CPUID             privileged: a virtual machine's CPU id
                         LA    1,CCW
                         ST    1,X'48'
                         SIO   X'009'
                         BC    7,FAILED
                POLL     TIO   X'009'
                         BC    2,POLL
                         CLI   CPUID,X'FF'       version code FF: running under CP
                         BNE   FAILED
                         LPSW  DONE
                FAILED   LPSW  ERROR
                         DS    0D
                DONE     DC    X'0002000000000000'
                ERROR    DC    X'0002000000000BAD'
                CPUID    DS    D
                CCW      DC    X'09',AL3(MESSAGE),X'20',X'00',AL2(L'MESSAGE)
                MESSAGE  DC    C'HELLO FROM A VIRTUAL MACHINE'
                         LTORG
                         END   HELLO
                """);
        List<String> console = system.logon("USER1");
        VirtualMachine machine = system.machine("USER1");
        system.cp.ipl(machine, "00C", "");
        TestSystem.await(() -> console.stream().anyMatch(l -> l.startsWith("DMKDSP450W")), "the disabled wait");
        assertEquals(List.of("HELLO FROM A VIRTUAL MACHINE",
                "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), console);
        assertTrue(machine.privileged().trapped() >= 4, "SSM, STIDP, SIO, TIO, LPSW were trapped");
        assertEquals(VirtualMachine.RunState.STOPPED, machine.state());
    }

    @Test
    void anEmptyReaderPresentsDeviceEndWhenAFileArrivesSoAnEnabledWaitEnds() throws Exception {
        system.punchIplDeck("USER1", """
                WAITER   START X'2000'
                         BALR  12,0
                         USING *,12
                         MVC   X'78'(8),IONEW    I/O new PSW: on to GOT
                         LA    1,READ
                         ST    1,X'48'
                DRAIN    BAL   14,DOIO           the rest of the IPL deck
                         TM    X'44',X'01'       unit exception: its end
                         BNO   DRAIN
                         BAL   14,DOIO
                         TM    X'44',X'02'       unit check: no file yet
                         BNO   BAD
                         LPSW  WAIT              enabled wait for channel 0
                GOT      CLC   X'3A'(2),=X'000C' the reader interrupted
                         BNE   BAD
                         TM    X'44',X'04'       with device end
                         BNO   BAD
                         BAL   14,DOIO           now the card is there
                         CLI   CARD,C'Z'
                         BNE   BAD
                         LPSW  DONE
                BAD      LPSW  ERROR
                DOIO     SIO   X'00C'
                         BCR   4,14              cc 1: the CSW is stored already
                         BC    7,BAD
                POLL     TIO   X'00C'
                         BC    2,POLL
                         BR    14
                         DS    0D
                DONE     DC    X'0002000000000000'
                ERROR    DC    X'0002000000000001'
                WAIT     DC    X'80020000',A(0)
                IONEW    DC    X'00000000',A(GOT)
                READ     DC    X'02',AL3(CARD),X'00',X'00',AL2(80)
                CARD     DC    80X'00'
                         LTORG
                         END   WAITER
                """);
        List<String> console = system.logon("USER1");
        system.cp.ipl(system.machine("USER1"), "00C", "");
        TestSystem.await(() -> system.machine("USER1").state() == VirtualMachine.RunState.WAITING || !console.isEmpty(), "the enabled wait");
        assertEquals(List.of(), console);
        VirtualPunch punch = new VirtualPunch(0x00D, "USER2", system.spool.manager());
        punch.setTo("USER1");
        byte[] card = new byte[80];
        java.util.Arrays.fill(card, (byte) 0xE9);
        punch.write(UnitRecordCommand.PUNCH_STACKER_1, card);
        punch.close(CloseOptions.PLAIN);
        TestSystem.await(() -> !console.isEmpty(), "the program's end");
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), console);
    }

    @Test
    void anEmptyReaderFailsTheIplWithAMessage() throws Exception {
        List<String> console = system.logon("USER1");
        system.cp.ipl(system.machine("USER1"), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the IPL failure");
        assertTrue(console.get(0).startsWith("DMKCFG040E DEVICE 00C IPL FAILED"), console.get(0));
    }

    @Test
    void aPrivilegedInstructionInVirtualProblemStateGoesToTheGuestAsAProgramCheck() throws Exception {
        system.punchIplDeck("USER1", """
                PROB     START X'2000'
                         BALR  12,0
                         USING *,12
                         MVC   X'68'(8),PGMNEW    program new PSW: to CHECK
                         LPSW  PROBLEM             into problem state at TRY
                TRY      SSM   =X'00'            privileged in problem state
                         LPSW  ERROR
                CHECK    CLI   X'2B',X'02'       BC mode: code in the old PSW at 40
                         BNE   BAD
                         LPSW  DONE
                BAD      LPSW  ERROR
                         DS    0D
                PROBLEM  DC    X'00010000',A(TRY)
                PGMNEW   DC    X'00000000',A(CHECK)
                DONE     DC    X'0002000000000000'
                ERROR    DC    X'0002000000000BAD'
                         LTORG
                         END   PROB
                """);
        List<String> console = system.logon("USER1");
        system.cp.ipl(system.machine("USER1"), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), console);
    }

    @Test
    void logonTwiceFindsTheSameMachineAndAnUnknownUserIsRefused() {
        system.logon("USER2");
        assertTrue(system.cp.logon("user2") instanceof ControlProgram.Logon.AlreadyLoggedOn);
        assertTrue(system.cp.logon("NOBODY") instanceof ControlProgram.Logon.NotInDirectory);
        assertEquals(0x01F, system.machine("USER2").consoleAddress());
        assertEquals(64 * 1024, system.machine("USER2").storage().storage().size());
    }

    @Test
    void logoffGivesEveryFrameBack() throws Exception {
        system.punchIplDeck("USER1", """
                FILL     START X'2000'
                         BALR  12,0
                         USING *,12
                         L     2,=A(X'10000')      touch 64 pages of storage
                         LA    3,64
                LOOP     MVI   0(2),X'FF'
                         LA    2,4095(2)
                         LA    2,1(2)
                         BCT   3,LOOP
                         LPSW  DONE
                         DS    0D
                DONE     DC    X'0002000000000000'
                         LTORG
                         END   FILL
                """);
        List<String> console = system.logon("USER1");
        system.cp.ipl(system.machine("USER1"), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        assertTrue(system.cp.framePool().framesInUse() >= 64, "pages touched are resident");
        system.cp.logoff("USER1");
        assertEquals(0, system.cp.framePool().framesInUse());
        assertTrue(system.cp.machine("USER1").isEmpty());
    }
}
