package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.command.CommandResponse;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestProgramCheck;
import vm370.cp.guest.GuestSystem;
import vm370.s370.text.Ebcdic;

/** A guest system written in Java reaches its machine only through GuestMachine, as CMS will. */
class GuestSystemTest {

    private static final String DIRECTORY = """
            USER GUEST GUEST 1M 16M G
             CONSOLE 009 3215
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 4M\n", DIRECTORY);

    /** A console driver as a guest writes one: a CCW and its data in guest storage, SIO, then TIO. */
    private static final class Console {
        private final GuestMachine machine;

        Console(GuestMachine machine) {
            this.machine = machine;
        }

        void write(String text) {
            byte[] data = Ebcdic.CP037.encode(text);
            machine.write(0x1000, data, 0, data.length);
            machine.write(0x800, ccw(0x09, 0x1000, data.length), 0, 8);
            while (machine.startIo(0x009, 0x800) == 1) {
                Thread.onSpinWait();
            }
            assertEquals(1, machine.awaitStatus(0x009));
        }

        /** Reads a line; a line typed before the read raised attention, which SIO reports first (cc 1), as it may for a write. */
        String read() {
            machine.write(0x800, ccw(0x0A, 0x1000, 130), 0, 8);
            while (machine.startIo(0x009, 0x800) == 1) {
                Thread.onSpinWait();
            }
            assertEquals(1, machine.awaitStatus(0x009));
            byte[] csw = new byte[8];
            machine.read(64, csw, 0, 8);
            int residual = (csw[6] & 0xFF) << 8 | csw[7] & 0xFF;
            byte[] data = new byte[130 - residual];
            machine.read(0x1000, data, 0, data.length);
            return Ebcdic.CP037.decode(data);
        }

        private static byte[] ccw(int command, int address, int count) {
            return new byte[] {(byte) command, (byte) (address >>> 16), (byte) (address >>> 8), (byte) address,
                    0x20, 0, (byte) (count >>> 8), (byte) count};
        }
    }

    @Test
    void aGuestSystemTalksToItsConsoleThroughChannelProgramsInItsStorage() throws Exception {
        AtomicReference<String> echoed = new AtomicReference<>();
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "ECHO";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                Console console = new Console(machine);
                console.write("ECHO READY " + parm);
                String line = console.read();
                echoed.set(line);
                console.write("YOU SAID: " + line);
            }
        });
        List<String> lines = system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "echo", "PARM TEXT");
        TestSystem.await(() -> lines.contains("ECHO READY PARM TEXT"), "the guest's first line");
        system.machine("GUEST").typed("hello there");
        TestSystem.await(() -> lines.contains("YOU SAID: hello there"), "the echo");
        assertEquals("hello there", echoed.get());
    }

    @Test
    void diagnose08RunsACpCommandWithItsResponseInGuestStorage() throws Exception {
        system.cp.useCommands((machine, line) -> line.equals("QUERY USERID")
                ? CommandResponse.ok(machine.userid() + " AT TESTVM")
                : CommandResponse.unknown(line.split(" ")[0]));
        AtomicInteger rc = new AtomicInteger(-1);
        AtomicReference<String> response = new AtomicReference<>();
        AtomicInteger unknownRc = new AtomicInteger(-1);
        AtomicInteger badCode = new AtomicInteger(-1);
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "DIAG";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                byte[] command = Ebcdic.CP037.encode("QUERY USERID");
                machine.write(0x2000, command, 0, command.length);
                machine.setGpr(2, 0x2000);
                machine.setGpr(3, 0x3000);
                machine.setGpr(4, 0x40000000 | command.length);
                machine.setGpr(5, 100);
                machine.diagnose(0x08, 2, 4);
                rc.set(machine.gpr(4));
                byte[] answer = new byte[machine.gpr(5)];
                machine.read(0x3000, answer, 0, answer.length);
                response.set(Ebcdic.CP037.decode(answer));
                byte[] bogus = Ebcdic.CP037.encode("BOGUS");
                machine.write(0x2000, bogus, 0, bogus.length);
                machine.setGpr(4, 0x40000000 | bogus.length);
                machine.setGpr(5, 100);
                machine.diagnose(0x08, 2, 4);
                unknownRc.set(machine.gpr(4));
                try {
                    machine.diagnose(0x7FF, 2, 4);
                } catch (GuestProgramCheck e) {
                    badCode.set(e.code());
                }
            }
        });
        system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "DIAG", "");
        TestSystem.await(() -> badCode.get() >= 0, "the guest's three DIAGNOSEs");
        assertEquals(0, rc.get());
        assertEquals("GUEST AT TESTVM\u0085", response.get());
        assertEquals(1, unknownRc.get(), "DMKCFC001E: return code 1");
        assertEquals(6, badCode.get(), "a DIAGNOSE code CP does not offer: specification exception");
    }

    /** Registers WAITER, a guest system that reads its console and says when it has ended. */
    private void registerWaiter(AtomicReference<String> ended) {
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "WAITER";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                try {
                    new Console(machine).read();
                } finally {
                    ended.set("cleaned up");
                }
            }
        });
    }

    @Test
    void logoffEndsAGuestSystemThatIsWaitingForItsConsole() throws Exception {
        AtomicReference<String> ended = new AtomicReference<>();
        registerWaiter(ended);
        system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "WAITER", "");
        TestSystem.await(() -> system.machine("GUEST").state() == vm370.cp.vm.VirtualMachine.RunState.WAITING,
                "the guest to wait for its console");
        system.cp.logoff("GUEST");
        assertEquals("cleaned up", ended.get());
        assertTrue(system.cp.machine("GUEST").isEmpty());
        assertEquals(0, system.cp.framePool().framesInUse());
    }

    @Test
    void iplOfANamedSystemEndsTheGuestSystemReadingItsConsoleAndTheNewOneWritesThere() throws Exception {
        AtomicReference<String> ended = new AtomicReference<>();
        AtomicInteger second = new AtomicInteger();
        registerWaiter(ended);
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "NEXT";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                new Console(machine).write("NEXT HERE");
                second.incrementAndGet();
            }
        });
        List<String> lines = system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "WAITER", "");
        TestSystem.await(() -> system.machine("GUEST").state() == vm370.cp.vm.VirtualMachine.RunState.WAITING,
                "the guest to wait for its console");
        system.cp.ipl(system.machine("GUEST"), "NEXT", "");
        TestSystem.await(() -> second.get() == 1, "the second system to run");
        assertEquals("cleaned up", ended.get());
        assertEquals(List.of("NEXT HERE"), lines, "the old system ends silently, its console read gone with it");
    }

    @Test
    void aGuestSystemThatFailsLeavesItsMachineStoppedAndCpRunning() throws Exception {
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "BROKEN";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                throw new IllegalStateException("a bug in the guest");
            }
        });
        List<String> lines = system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "BROKEN", "");
        TestSystem.await(() -> !lines.isEmpty(), "the failure message");
        assertTrue(lines.get(0).startsWith("DMKDSP451E BROKEN FAILED"), lines.get(0));
        TestSystem.await(() -> system.machine("GUEST").state() == vm370.cp.vm.VirtualMachine.RunState.STOPPED,
                "the machine to stop");
        system.cp.ipl(system.machine("GUEST"), "BROKEN", "");
        TestSystem.await(() -> lines.size() == 2, "a second IPL on the same machine");
    }

    @Test
    void diagnose10ReleasesPagesWhichThenReadAsZeros() throws Exception {
        AtomicReference<byte[]> after = new AtomicReference<>();
        AtomicInteger framesBefore = new AtomicInteger();
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "RELEASE";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                byte[] ones = new byte[3 * 4096];
                java.util.Arrays.fill(ones, (byte) 0xFF);
                machine.write(0x10000, ones, 0, ones.length);
                framesBefore.set(system.cp.framePool().framesInUse());
                machine.setGpr(2, 0x10000);
                machine.setGpr(3, 0x11000);
                machine.diagnose(0x10, 2, 3);
                byte[] read = new byte[3 * 4096];
                machine.read(0x10000, read, 0, read.length);
                after.set(read);
            }
        });
        system.logon("GUEST");
        system.cp.ipl(system.machine("GUEST"), "RELEASE", "");
        TestSystem.await(() -> after.get() != null, "the release");
        byte[] read = after.get();
        assertEquals(0, read[0]);
        assertEquals(0, read[4096 + 100]);
        assertEquals((byte) 0xFF, read[8192], "the third page was not released");
        assertEquals(3, framesBefore.get());
    }
}
