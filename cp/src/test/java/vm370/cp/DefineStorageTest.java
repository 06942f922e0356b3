package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.guest.GuestEnded;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;

/**
 * DEFINE STORAGE: a new size up to the directory's maximum, the machine reset with its old
 * contents gone, the new size seen by QUERY, DISPLAY, DIAGNOSE X'60' and a program that uses it.
 */
class DefineStorageTest {

    private static final String DIRECTORY = """
            USER ALICE ALICEPW 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /**
     * Finds its storage size by DIAGNOSE X'60' (into X'300'), stores a mark in the last word of it
     * and reads it back (X'304'), copies the word at X'80000' to X'308', then stops.
     */
    private static final String SIZE_PROGRAM = """
            SIZE     START X'2000'
                     BALR  12,0
                     USING *,12
                     DIAG  2,0,X'0060'
                     ST    2,X'300'
                     LR    3,2
                     S     3,FOUR
                     L     4,MARK
                     ST    4,0(,3)
                     L     5,0(,3)
                     ST    5,X'304'
                     L     6,OLD
                     L     7,0(,6)
                     ST    7,X'308'
                     LPSW  DONE
                     DS    0D
            DONE     DC    X'0002000000000060'
            FOUR     DC    F'4'
            MARK     DC    X'C1C2C3C4'
            OLD      DC    X'00080000'
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 8M\n", DIRECTORY);
    private CpCommandProcessor commands;
    private List<String> console;

    @BeforeEach
    void ipl() throws Exception {
        commands = new CpCommandProcessor(system.cp);
        system.cp.useCommands(commands);
        console = system.logon("ALICE");
    }

    private CommandResponse run(String line) {
        VirtualMachine machine = system.machine("ALICE");
        return machine.call(() -> commands.execute(machine, line));
    }

    @Test
    void defineStorageGivesANewSizeAndAProgramUsesAllOfItWithTheOldContentsGone() throws Exception {
        run("STORE L80000 DEADBEEF");
        assertNotEquals(0, run("STORE L1FFFFC 01").returnCode(), "beyond the 1M logged on with");

        assertEquals(List.of("STORAGE = 02M"), run("DEFINE STORAGE 2M").lines());
        assertEquals(List.of("STORAGE = 02048K"), run("QUERY VIRTUAL STORAGE").lines());
        assertEquals(List.of("080000 00000000"), run("D L80000").lines());

        system.punchIplDeck("ALICE", SIZE_PROGRAM);
        run("IPL 00C");
        TestSystem.await(() -> console.contains("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000060'"),
                "the program's wait");
        assertEquals(List.of("000300 00200000 C1C2C3C4 00000000"), run("D L300.C").lines());
    }

    @Test
    void aRunningProgramIsStoppedAndTheMachineResetWhenItsUserDefinesStorage() throws Exception {
        system.punchIplDeck("ALICE", """
                SPIN     START X'2000'
                         BALR  12,0
                         USING *,12
                LOOP     B     LOOP
                         END
                """);
        run("IPL 00C");
        VirtualMachine machine = system.machine("ALICE");
        TestSystem.await(() -> machine.state() == VirtualMachine.RunState.RUNNING, "the program to run");
        assertEquals(List.of("STORAGE = 03M"), run("DEFINE STORAGE 3M").lines());
        TestSystem.await(() -> machine.state() == VirtualMachine.RunState.STOPPED, "the machine to stop");
        assertTrue(run("D PSW").lines().get(0).endsWith("000000"), "the PSW reset: no instruction address");
        assertEquals(List.of("002000 00000000"), run("D L2000").lines());
        assertEquals(List.of("STORAGE = 03072K"), run("Q V STOR").lines());
    }

    @Test
    void theResponseIsInKWhenTheSizeIsGivenInK() {
        assertEquals(List.of("STORAGE = 00512K"), run("DEF STOR 512K").lines());
        assertEquals(List.of("STORAGE = 00512K"), run("QUERY VIRTUAL STORAGE").lines());
        assertEquals(512 * 1024, system.machine("ALICE").storage().storage().size());
    }

    @Test
    void moreThanTheDirectoryAllowsIsRefusedAndNothingChanges() {
        run("STORE L800 DEADBEEF");
        assertEquals(new CommandResponse(List.of("DMKDEF094E STORAGE EXCEEDS ALLOWED MAXIMUM"), 94),
                run("DEFINE STORAGE 8M"));
        assertEquals(94, run("DEFINE STORAGE 5000K").returnCode());
        assertEquals(94, run("DEFINE STORAGE 32M").returnCode());
        assertEquals(List.of("000800 DEADBEEF"), run("D L800").lines());
        assertEquals(List.of("STORAGE = 01024K"), run("QUERY VIRTUAL STORAGE").lines());
    }

    @Test
    void lessThanAPageOrNotWholePagesOrNoSizeIsRefused() {
        for (String bad : List.of("DEFINE STORAGE 0K", "DEFINE STORAGE 2K", "DEFINE STORAGE 1023K",
                "DEFINE STORAGE", "DEFINE STORAGE 2G", "DEFINE STORAGE 2M 3M", "DEFINE STORAGE ABCK")) {
            assertEquals(new CommandResponse(List.of("DMKDEF026E OPERAND MISSING OR INVALID"), 26), run(bad), bad);
        }
        assertEquals(List.of("STORAGE = 00004K"), run("DEFINE STORAGE 4K").lines());
    }

    @Test
    void aGuestSystemThatDefinesStorageEndsAndTheMachineIsLeftInCpMode() throws Exception {
        List<String> log = JavaGuest.start(system, "ALICE", (m, g) -> {
            byte[] command = Ebcdic.CP037.encode("DEFINE STORAGE 2M");
            m.write(0x1000, command, 0, command.length);
            m.setGpr(2, 0x1000);
            m.setGpr(4, command.length);
            m.diagnose(0x08, 2, 4);
            g.log("size " + m.storageSize());
            try {
                m.read(0, new byte[4], 0, 4);
                g.log("still running");
            } catch (GuestEnded e) {
                g.log("ended");
                throw e;
            }
        }).results();
        assertEquals(List.of("size 2097152", "ended", "END"), log);
        TestSystem.await(() -> !system.machine("ALICE").guestRunning(), "the guest system's end");
        assertEquals(VirtualMachine.RunState.STOPPED, system.machine("ALICE").state());
        assertEquals(List.of("STORAGE = 02048K"), run("QUERY VIRTUAL STORAGE").lines());
    }
}
