package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.GuestCalls.diagnose;
import static vm370.cp.GuestCalls.putWord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestProgramCheck;
import vm370.cp.vm.FullScreenConsole;

/** DIAGNOSE X'58' moves whole 3270 data streams between a guest and its user's full-screen console. */
class FullScreenDiagnoseTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            """;
    private static final String DIRECTORY = """
            USER CMSUSER CMSUSER 1M 16M G
             CONSOLE 009 3215
            """;
    private static final int CCW = 0x3000;
    private static final int DATA = 0x3100;

    @TempDir
    Path var;
    private TestSystem system;

    /** A 3270 as the terminal side would give it: what the guest wrote, and keys queued for reading. */
    private static final class Screen implements FullScreenConsole {
        final List<byte[]> written = new ArrayList<>();
        final LinkedBlockingQueue<Optional<byte[]>> keys = new LinkedBlockingQueue<>();
        volatile boolean released;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public int rows() {
            return 24;
        }

        @Override
        public int columns() {
            return 80;
        }

        @Override
        public synchronized boolean write(byte[] stream) {
            written.add(stream.clone());
            return true;
        }

        @Override
        public Optional<byte[]> read() throws InterruptedException {
            return keys.take();
        }

        @Override
        public void release() {
            released = true;
        }
    }

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
        system.logon("CMSUSER");
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    private static int ccw(GuestMachine m, int command, int count) {
        putWord(m, CCW, (command << 24) | DATA);
        putWord(m, CCW + 4, count & 0xFFFF);
        return diagnose(m, 0x58, CCW, 0x009);
    }

    @Test
    void writeReadSizeAndReleaseReachTheFullScreenConsole() throws Exception {
        Screen screen = new Screen();
        system.machine("CMSUSER").connectFullScreen(screen);
        byte[] stream = {(byte) 0xF5, (byte) 0xC3, 0x11, 0x40, 0x40, (byte) 0xC1};
        screen.keys.add(Optional.of(new byte[] {0x7D, 0x40, 0x40, 0x11, 0x40, (byte) 0xC1, (byte) 0x81, (byte) 0x82}));
        screen.keys.add(Optional.empty());
        List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
            g.log("size cc" + ccw(m, 0xE4, 4) + " " + GuestCalls.word(m, DATA));
            m.write(DATA, stream, 0, stream.length);
            g.log("write cc" + ccw(m, 0x29, stream.length));
            g.log("read cc" + ccw(m, 0x2A, 4) + " length " + m.gpr(5));
            byte[] in = new byte[4];
            m.read(DATA, in, 0, 4);
            g.log(String.format("data %02X%02X%02X%02X", in[0], in[1], in[2], in[3]));
            g.log("left full screen cc" + ccw(m, 0x2A, 256));
            g.log("release cc" + ccw(m, 0x03, 1));
        }).results();
        assertEquals(List.of("size cc0 " + ((24 << 16) | 80), "write cc0", "read cc1 length 4", "data 7D404011",
                "left full screen cc2", "release cc0", "END"), log);
        assertArrayEquals(stream, screen.written.get(0));
        assertEquals(true, screen.released);
    }

    @Test
    void aLineModeConsoleOrAnotherDeviceGivesConditionCode3AndABadCcwASpecificationException() throws Exception {
        List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
            g.log("line mode cc" + ccw(m, 0x29, 2));
            putWord(m, CCW, (0x29 << 24) | DATA);
            putWord(m, CCW + 4, 2);
            g.log("not the console cc" + diagnose(m, 0x58, CCW, 0x00C));
            try {
                ccw(m, 0x01, 2);
                g.log("no check");
            } catch (GuestProgramCheck e) {
                g.log("program check " + e.getMessage());
            }
            try {
                diagnose(m, 0x58, CCW + 4, 0x009);
                g.log("no check");
            } catch (GuestProgramCheck e) {
                g.log("misaligned " + e.getMessage());
            }
        }).results();
        assertEquals("line mode cc3", log.get(0));
        assertEquals("not the console cc3", log.get(1));
        assertEquals(true, log.get(2).startsWith("program check"), log.get(2));
        assertEquals(true, log.get(3).startsWith("misaligned"), log.get(3));
    }
}
