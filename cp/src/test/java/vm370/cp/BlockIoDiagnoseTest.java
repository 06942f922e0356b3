package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.GuestCalls.byteAt;
import static vm370.cp.GuestCalls.diagnose;
import static vm370.cp.GuestCalls.putHalf;
import static vm370.cp.GuestCalls.putWord;
import static vm370.cp.GuestCalls.word;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestProgramCheck;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * DIAGNOSE 250: a guest reads and writes CMS blocks of its minidisks by number; CP finds the CKD
 * record or FBA blocks, stays inside the minidisk, honours read-only links, and moves the data
 * only between the disk and the guest's own storage.
 */
class BlockIoDiagnoseTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            VOLUME VMFB01 3370 1000
            """;
    private static final String DIRECTORY = """
            USER CMSUSER CMSUSER 1M 16M G
             CONSOLE 009 3215
             MDISK 191 3350 010 002 VMSYS1 W
             MDISK 192 3370 100 100 VMFB01 W
            USER OTHER OTHER 1M 16M G
             CONSOLE 009 3215
             LINK CMSUSER 191 291 RR
            """;
    /** 3350 tracks hold 15 key-less 1K records. */
    private static final int PER_TRACK = 15;
    private static final int BIOPL = 0x2000;
    private static final int BIOES = 0x2100;
    private static final int OUT = 0x3000;
    private static final int IN = 0x4000;

    @TempDir
    Path var;
    private TestSystem system;

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
        GuestCalls.formatCms(var.resolve("dasd/VMSYS1.3350"), DasdGeometry.D3350, 10, 2, 1024, PER_TRACK);
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    private List<String> runGuest(String userid, BiConsumer<GuestMachine, JavaGuest> body) throws Exception {
        return JavaGuest.start(system, userid, body).results();
    }

    /** INITIALIZE: returns "rc cc first last". */
    private static String initialize(GuestMachine m, int device, int blockSize, int offset) {
        m.write(BIOPL, new byte[64], 0, 64);
        putHalf(m, BIOPL, device);
        putWord(m, BIOPL + 24, blockSize);
        putWord(m, BIOPL + 28, offset);
        int cc = diagnose(m, 0x250, BIOPL, 0);
        return m.gpr(4) + " " + cc + " " + word(m, BIOPL + 32) + " " + word(m, BIOPL + 36);
    }

    /** One READ/WRITE request of one BIOE: returns "rc cc status". */
    private static String transfer(GuestMachine m, int device, int type, int block, int buffer) {
        m.write(BIOPL, new byte[64], 0, 64);
        putHalf(m, BIOPL, device);
        putWord(m, BIOPL + 28, 1);
        putWord(m, BIOPL + 36, BIOES);
        m.write(BIOES, new byte[16], 0, 16);
        m.write(BIOES, new byte[] {(byte) type}, 0, 1);
        putWord(m, BIOES + 4, block);
        putWord(m, BIOES + 12, buffer);
        int cc = diagnose(m, 0x250, BIOPL, 1);
        return m.gpr(4) + " " + cc + " " + byteAt(m, BIOES + 1);
    }

    private static void fill(GuestMachine m, int address, int value, int length) {
        byte[] data = new byte[length];
        Arrays.fill(data, (byte) value);
        m.write(address, data, 0, length);
    }

    private static String firstAndLast(GuestMachine m, int address, int length) {
        return Integer.toHexString(byteAt(m, address)) + "/" + Integer.toHexString(byteAt(m, address + length - 1));
    }

    @Test
    void aGuestWritesAndReadsCmsBlocksOfACkdMinidiskByNumber() throws Exception {
        List<String> log = runGuest("CMSUSER", (m, g) -> {
            g.log("init " + initialize(m, 0x191, 1024, 0));
            fill(m, OUT, 0xC1, 1024);
            g.log("write 17 " + transfer(m, 0x191, 1, 17, OUT));
            fill(m, OUT, 0xC2, 1024);
            g.log("write 900 " + transfer(m, 0x191, 1, 900, OUT));
            g.log("read 17 " + transfer(m, 0x191, 2, 17, IN) + " " + firstAndLast(m, IN, 1024));
            g.log("read 900 " + transfer(m, 0x191, 2, 900, IN) + " " + firstAndLast(m, IN, 1024));
            g.log("read 901 " + transfer(m, 0x191, 2, 901, IN));
            g.log("read 0 " + transfer(m, 0x191, 2, 0, IN));
            g.log("buffer beyond storage " + transfer(m, 0x191, 2, 17, 0xFFF000));
            g.log("bad type " + transfer(m, 0x191, 7, 17, IN));
        });
        assertEquals(List.of("init 0 0 1 900", "write 17 0 0 0", "write 900 0 0 0", "read 17 0 0 0 c1/c1",
                "read 900 0 0 0 c2/c2", "read 901 4 1 1", "read 0 4 1 1", "buffer beyond storage 4 1 2",
                "bad type 4 1 4", "END"), log);
        system.close();
        DasdGeometry g = DasdGeometry.D3350;
        try (RandomAccessFile image = new RandomAccessFile(var.resolve("dasd/VMSYS1.3350").toFile(), "r")) {
            // Block 17 is record 2 of track 1 of the minidisk: real cylinder 10, head 1.
            long track = 512 + (10L * g.heads() + 1) * g.trackSlot();
            long record2 = track + 5 + 16 + (8 + 1024) + 8;
            image.seek(record2 - 8);
            byte[] count = new byte[8];
            image.readFully(count);
            assertEquals(2, count[4], "the record found is R2");
            assertEquals((byte) 0xC1, image.readByte());
        }
        system = new TestSystem(var, CONFIG, DIRECTORY);
    }

    @Test
    void initializationRefusesWhatIsNotAFormattedDisk() throws Exception {
        List<String> log = runGuest("CMSUSER", (m, g) -> {
            g.log("wrong size " + initialize(m, 0x191, 4096, 0).split(" ")[0]);
            g.log("odd size " + initialize(m, 0x191, 1000, 0).split(" ")[0]);
            g.log("console " + initialize(m, 0x009, 1024, 0).split(" ")[0]);
            g.log("no device " + initialize(m, 0x555, 1024, 0).split(" ")[0]);
            g.log("offset too big " + initialize(m, 0x191, 1024, 900).split(" ")[0]);
            g.log("not initialized " + transfer(m, 0x192, 2, 1, IN));
            try {
                diagnose(m, 0x250, BIOPL + 4, 0);
                g.log("misaligned " + "no check");
            } catch (GuestProgramCheck e) {
                g.log("misaligned " + "program check " + e.code());
            }
        });
        assertEquals(List.of("wrong size 16", "odd size 16", "console 12", "no device 8", "offset too big 20",
                "not initialized 12 2 0", "misaligned program check 6", "END"), log);
    }

    @Test
    void fbaBlocksAreRunsOf512ByteBlocksInsideTheMinidisk() throws Exception {
        List<String> log = runGuest("CMSUSER", (m, g) -> {
            g.log("init " + initialize(m, 0x192, 2048, 1));
            fill(m, OUT, 0xE7, 2048);
            g.log("write 1 " + transfer(m, 0x192, 1, 1, OUT));
            g.log("write 25 " + transfer(m, 0x192, 1, 25, OUT));
            g.log("read 1 " + transfer(m, 0x192, 2, 1, IN) + " " + firstAndLast(m, IN, 2048));
        });
        // 100 blocks of 512 are 25 of 2K; with one reserved by the offset, guest blocks 1..24.
        assertEquals(List.of("init 0 0 1 24", "write 1 0 0 0", "write 25 4 1 1", "read 1 0 0 0 e7/e7", "END"), log);
        system.close();
        try (RandomAccessFile image = new RandomAccessFile(var.resolve("dasd/VMFB01.3370").toFile(), "r")) {
            byte[] run = new byte[2048];
            image.seek((100L + 4) * 512);
            image.readFully(run);
            assertEquals((byte) 0xE7, run[0], "guest block 1 after one reserved 2K block is volume block 104");
            assertEquals((byte) 0xE7, run[2047]);
            image.seek((100L + 8) * 512);
            assertEquals(0, image.readByte(), "nothing after it was written");
        }
        system = new TestSystem(var, CONFIG, DIRECTORY);
    }

    @Test
    void aReadOnlyLinkInitializesReadOnlyAndRefusesWrites() throws Exception {
        runGuest("CMSUSER", (m, g) -> {
            initialize(m, 0x191, 1024, 0);
            fill(m, OUT, 0xD6, 1024);
            transfer(m, 0x191, 1, 5, OUT);
        });
        List<String> log = runGuest("OTHER", (m, g) -> {
            g.log("init " + initialize(m, 0x291, 1024, 0));
            g.log("read 5 " + transfer(m, 0x291, 2, 5, IN) + " " + firstAndLast(m, IN, 1024));
            g.log("write 5 " + transfer(m, 0x291, 1, 5, OUT));
        });
        assertEquals(List.of("init 4 1 1 900", "read 5 0 0 0 d6/d6", "write 5 4 1 3", "END"), log);
    }
}
