package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.cp.GuestCalls.byteAt;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.guest.GuestMachine;
import vm370.cp.vio.ChannelToChannelAdapter;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.text.Ebcdic;

/**
 * Devices CP defines while users are logged on: temporary disks carved from the T-disk volumes,
 * cleared first and given back at DETACH or LOGOFF; virtual CTCAs coupled between two users, whose
 * channel programs move data from one guest's storage to the other's.
 */
class VirtualDevicesTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            VOLUME VMTD01 3350 20
            TDISK VMTD01
            """;
    private static final String DIRECTORY = """
            USER ALICE ALICE 1M 16M G
             CONSOLE 009 3215
            USER BOB BOB 1M 16M G
             CONSOLE 009 3215
            """;
    private static final DasdGeometry G = DasdGeometry.D3350;

    @TempDir
    Path var;
    private TestSystem system;

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    @Test
    void aTemporaryDiskIsClearedBeforeTheUserSeesItAndGoesBackAtDetach() throws Exception {
        Path image = var.resolve("dasd/VMTD01.3350");
        long cylinder1 = 512 + 1L * G.heads() * G.trackSlot();
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            byte[] junk = new byte[G.trackSlot()];
            Arrays.fill(junk, (byte) 0x5C);
            file.seek(cylinder1);
            file.write(junk);
        }
        system.logon("ALICE");
        var alice = system.machine("ALICE");
        assertEquals(19, system.cp.temporaryDisks().available(G), "cylinder 0 keeps the label");
        assertEquals(List.of("DASD 1B1 DEFINED"), system.cp.defineTemporaryDisk(alice, 0x1B1, "T3350", 5).lines());
        assertEquals(14, system.cp.temporaryDisks().available(G));
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "r")) {
            byte[] track = new byte[40];
            file.seek(cylinder1);
            file.readFully(track);
            assertEquals(0, track[1] << 8 | track[2] - 1, "home address of cylinder 1");
            assertEquals(8, track[12], "R0 of 8 bytes");
            assertEquals((byte) 0xFF, track[21], "then the end of the track: no earlier data");
            assertEquals(0, track[30]);
        }
        assertEquals(List.of("DMKDEF092E DEVICE 1B1 ALREADY DEFINED"),
                system.cp.defineTemporaryDisk(alice, 0x1B1, "T3350", 1).lines());
        assertEquals(List.of("DMKDEF091E DASD 1B2 NOT DEFINED; TEMP SPACE NOT AVAILABLE"),
                system.cp.defineTemporaryDisk(alice, 0x1B2, "T3350", 15).lines());
        assertEquals(List.of("DMKDEF091E DASD 1B2 NOT DEFINED; TEMP SPACE NOT AVAILABLE"),
                system.cp.defineTemporaryDisk(alice, 0x1B2, "T3330", 1).lines(), "no 3330 T-disk volume");
        assertEquals(List.of("DMKDEF003E INVALID OPTION - T9999"),
                system.cp.defineTemporaryDisk(alice, 0x1B2, "T9999", 1).lines());
        assertEquals(List.of("DASD 1B1 DETACHED"), system.cp.detach(alice, 0x1B1).lines());
        assertEquals(19, system.cp.temporaryDisks().available(G));
        assertNull(alice.call(() -> alice.devices().get(0x1B1)));
        assertEquals(List.of("DMKVDD040E DEV 1B1 DOES NOT EXIST"), system.cp.detach(alice, 0x1B1).lines());
    }

    @Test
    void logoffGivesEveryTemporaryDiskBack() throws Exception {
        system.logon("ALICE");
        var alice = system.machine("ALICE");
        system.cp.defineTemporaryDisk(alice, 0x1B1, "TDISK", 4);
        system.cp.defineTemporaryDisk(alice, 0x1B2, "T3350", 6);
        assertEquals(9, system.cp.temporaryDisks().available(G));
        system.cp.logoff("ALICE");
        assertEquals(19, system.cp.temporaryDisks().available(G));
    }

    @Test
    void aLogonRightAfterLogoffWaitsUntilTheOldMachineHasGivenEverythingBack() throws Exception {
        system.logon("ALICE");
        var alice = system.machine("ALICE");
        system.cp.defineTemporaryDisk(alice, 0x1B1, "TDISK", 4);
        var ending = system.cp.beginLogoff("ALICE");
        assertTrue(system.cp.machine("ALICE").isEmpty(), "logged off at once");
        Thread finisher = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                system.cp.finishLogoff(ending);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(system.cp.logon("ALICE") instanceof ControlProgram.Logon.Created, "a new machine, not a reconnect");
        assertEquals(19, system.cp.temporaryDisks().available(G), "the old machine gave its T-disk back first");
        finisher.join();
    }

    @Test
    void logoffDropsACoupledAdapterAndTellsTheOtherSide() throws Exception {
        system.logon("ALICE");
        List<String> bobConsole = system.logon("BOB");
        var alice = system.machine("ALICE");
        var bob = system.machine("BOB");
        system.cp.defineChannelToChannelAdapter(alice, 0x500);
        system.cp.defineChannelToChannelAdapter(bob, 0x600);
        system.cp.couple(alice, 0x500, bob, 0x600);
        system.cp.logoff("ALICE");
        assertTrue(bobConsole.contains("CTCA 600 DROP FROM ALICE 500"), bobConsole.toString());
        assertFalse(((ChannelToChannelAdapter) bob.call(() -> bob.devices().get(0x600))).coupled());
    }

    /** Runs one CCW (command, data at 0x1000, count, SLI) and returns the ending unit status, retrying past attention. */
    private static int doIo(GuestMachine m, int device, int command, int count) {
        m.write(0x800, new byte[] {(byte) command, 0, 0x10, 0, 0x20, 0, (byte) (count >>> 8), (byte) count}, 0, 8);
        while (true) {
            int cc = m.startIo(device, 0x800);
            if (cc == 0) {
                m.awaitStatus(device);
                return byteAt(m, 68);
            }
            if (cc != 1) {
                return -cc;
            }
            int status = byteAt(m, 68);
            boolean attentionOnly = (status & 0x80) != 0 && (status & 0x0C) == 0;
            if (!attentionOnly) {
                return status;
            }
        }
    }

    private static String text(GuestMachine m, int count) {
        int residual = byteAt(m, 70) << 8 | byteAt(m, 71);
        byte[] data = new byte[count - residual];
        m.read(0x1000, data, 0, data.length);
        return Ebcdic.CP037.decode(data);
    }

    private static int send(GuestMachine m, int device, String text) {
        byte[] data = Ebcdic.CP037.encode(text);
        m.write(0x1000, data, 0, data.length);
        return doIo(m, device, ChannelToChannelAdapter.WRITE, data.length);
    }

    @Test
    void coupledAdaptersMoveDataFromOneGuestsStorageToTheOthers() throws Exception {
        List<String> aliceConsole = system.logon("ALICE");
        List<String> bobConsole = system.logon("BOB");
        var alice = system.machine("ALICE");
        var bob = system.machine("BOB");
        assertEquals(List.of("CTC 500 DEFINED"), system.cp.defineChannelToChannelAdapter(alice, 0x500).lines());
        system.cp.defineChannelToChannelAdapter(bob, 0x600);
        assertEquals(List.of("CTCA 500 COUPLE TO BOB 600"), system.cp.couple(alice, 0x500, bob, 0x600).lines());
        assertTrue(bobConsole.contains("CTCA 600 COUPLE BY ALICE 500"));
        assertEquals(List.of("DMKDIA141E CTCA 500 BUSY"), system.cp.couple(alice, 0x500, bob, 0x600).lines());
        JavaGuest a = JavaGuest.start(system, "ALICE", (m, g) -> {
            g.log("write " + Integer.toHexString(send(m, 0x500, "HELLO BOB")));
            int status = doIo(m, 0x500, ChannelToChannelAdapter.READ, 100);
            g.log("read " + Integer.toHexString(status) + " " + text(m, 100));
        });
        JavaGuest b = JavaGuest.start(system, "BOB", (m, g) -> {
            int status = doIo(m, 0x600, ChannelToChannelAdapter.READ, 100);
            g.log("read " + Integer.toHexString(status) + " " + text(m, 100));
            g.log("write " + Integer.toHexString(send(m, 0x600, "HI ALICE")));
        });
        assertEquals(List.of("write c", "read c HI ALICE", "END"), a.results());
        assertEquals(List.of("read c HELLO BOB", "write c", "END"), b.results());
        assertEquals(List.of("CTCA 500 DROP FROM BOB 600", "CTCA 500 DETACHED"), system.cp.detach(alice, 0x500).lines());
        assertTrue(bobConsole.contains("CTCA 600 DROP FROM ALICE 500"), bobConsole.toString());
        var bobs = (ChannelToChannelAdapter) bob.call(() -> bob.devices().get(0x600));
        assertFalse(bobs.coupled(), "the other side is dropped");
        JavaGuest alone = JavaGuest.start(system, "BOB", (m, g) -> {
            g.log("write " + Integer.toHexString(send(m, 0x600, "ANYONE?")));
            m.write(0x800, new byte[] {4, 0, 0x10, 0, 0x20, 0, 0, 1}, 0, 8);
            m.startIo(0x600, 0x800);
            m.awaitStatus(0x600);
            g.log("sense " + Integer.toHexString(byteAt(m, 0x1000)));
        });
        assertEquals(List.of("write e", "sense 40", "END"), alone.results(), "unit check, intervention required");
        assertTrue(aliceConsole.isEmpty(), aliceConsole.toString());
    }

    @Test
    void controlGivesTheOtherSideAttentionAndItsSenseCommandByteEndsIt() throws Exception {
        system.logon("ALICE");
        system.logon("BOB");
        var alice = system.machine("ALICE");
        var bob = system.machine("BOB");
        system.cp.defineChannelToChannelAdapter(alice, 0x500);
        system.cp.defineChannelToChannelAdapter(bob, 0x060);
        system.cp.couple(bob, 0x060, alice, 0x500);
        JavaGuest b = JavaGuest.start(system, "BOB", (m, g) -> {
            // An enabled wait for channel 0 whose I/O new PSW is a disabled wait: control comes back at the interruption.
            m.write(120, new byte[] {0, 2, 0, 0, 0, 0, 0, 0}, 0, 8);
            m.loadPsw(0x8002000000000000L);
            g.log("waiting");
            m.runUntilDisabledWait();
            g.log("interruption " + Integer.toHexString(byteAt(m, 58) << 8 | byteAt(m, 59)) + " " + Integer.toHexString(byteAt(m, 68)));
            g.log("sense command byte " + Integer.toHexString(doIo(m, 0x060, ChannelToChannelAdapter.SENSE_COMMAND_BYTE, 1))
                    + " " + Integer.toHexString(byteAt(m, 0x1000)));
        });
        TestSystem.await(() -> system.machine("BOB").state() == vm370.cp.vm.VirtualMachine.RunState.WAITING, "BOB's wait");
        JavaGuest a = JavaGuest.start(system, "ALICE", (m, g) ->
                g.log("control " + Integer.toHexString(doIo(m, 0x500, ChannelToChannelAdapter.CONTROL, 1))));
        assertEquals(List.of("waiting", "interruption 60 80", "sense command byte c 7", "END"), b.results());
        assertEquals(List.of("control c", "END"), a.results());
    }
}
