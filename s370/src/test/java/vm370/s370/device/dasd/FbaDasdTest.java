package vm370.s370.device.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.text.Ebcdic;

/** FBA channel programs: define extent, locate, read and write, on a headerless 3370 image. */
class FbaDasdTest {

    private static final int DEV = 0x240;
    private static final int CC = Ccw.CHAIN_COMMAND;

    @TempDir
    Path dir;
    private Path path;
    private DasdVolume fba;
    private ChannelHarness h;

    @BeforeEach
    void volume() throws IOException {
        path = dir.resolve("vm.3370");
        DasdImages.create(path, DasdGeometry.D3370, "FBA001", 128, false);
        fba = DasdImages.open(path, DasdGeometry.D3370);
        h = new ChannelHarness().attach(DEV, fba);
    }

    @AfterEach
    void close() throws IOException {
        fba.close();
    }

    private Csw run() {
        h.caw(0, 0x800);
        int cc = h.startIo(DEV);
        if (cc == 1) {
            return h.csw();
        }
        h.settle();
        return h.takeCsw(DEV);
    }

    private void extent(int mask, int origin, int first, int last) {
        byte[] d = new byte[16];
        d[0] = (byte) mask;
        put(d, 4, origin);
        put(d, 8, first);
        put(d, 12, last);
        h.bytes(0x900, d);
    }

    private void locate(int operation, int count, int block) {
        byte[] d = new byte[8];
        d[0] = (byte) operation;
        d[2] = (byte) (count >>> 8);
        d[3] = (byte) count;
        put(d, 4, block);
        h.bytes(0x910, d);
    }

    private static void put(byte[] d, int at, int v) {
        d[at] = (byte) (v >>> 24);
        d[at + 1] = (byte) (v >>> 16);
        d[at + 2] = (byte) (v >>> 8);
        d[at + 3] = (byte) v;
    }

    @Test
    void defineExtentLocateReadReadsTheLabelBlock() {
        extent(0xC0, 0, 0, 127);
        locate(0x06, 1, 1);
        h.ccw(0x800, 0x63, 0x900, CC, 16).ccw(0x808, 0x43, 0x910, CC, 8).ccw(0x810, 0x42, 0x1000, 0, 512);
        assertEquals(new Csw(0, 0x818, 0x0C, 0, 0), run());
        assertEquals("VOL1FBA001", Ebcdic.CP037.decode(h.bytes(0x1000, 10)));
    }

    @Test
    void writtenBlocksAreInTheFileAtTheExtentOriginPlusTheBlockNumber() throws IOException {
        byte[] data = new byte[1024];
        Arrays.fill(data, 0, 512, (byte) 0x11);
        Arrays.fill(data, 512, 1024, (byte) 0x22);
        h.bytes(0x2000, data);
        extent(0xC0, 100, 0, 9);
        locate(0x01, 2, 3);
        h.ccw(0x800, 0x63, 0x900, CC, 16).ccw(0x808, 0x43, 0x910, CC, 8).ccw(0x810, 0x41, 0x2000, 0, 1024);
        assertEquals(new Csw(0, 0x818, 0x0C, 0, 0), run());
        byte[] file = Files.readAllBytes(path);
        assertArrayEquals(data, Arrays.copyOfRange(file, 103 * 512, 105 * 512));
    }

    @Test
    void aBlockOutsideTheExtentOrAWriteUnderAnInhibitingMaskIsRefused() {
        extent(0xC0, 0, 0, 9);
        locate(0x06, 2, 9);
        h.ccw(0x800, 0x63, 0x900, CC, 16).ccw(0x808, 0x43, 0x910, CC, 8).ccw(0x810, 0x42, 0x1000, 0, 1024);
        assertEquals(0x0E, run().unitStatus());
        assertEquals(FbaDasd.FILE_PROTECTED, fba.sense()[1]);
        extent(0x40, 0, 0, 9);
        locate(0x01, 1, 0);
        h.ccw(0x800, 0x63, 0x900, CC, 16).ccw(0x808, 0x43, 0x910, CC, 8).ccw(0x810, 0x41, 0x1000, 0, 512);
        assertEquals(0x0E, run().unitStatus());
    }

    @Test
    void locateWithoutDefineExtentAndReadWithoutLocateAreRejected() {
        locate(0x06, 1, 0);
        h.ccw(0x800, 0x43, 0x910, 0, 8);
        assertEquals(0x0E, run().unitStatus());
        h.ccw(0x800, 0x42, 0x1000, 0, 512);
        assertEquals(0x0E, run().unitStatus());
        assertEquals((byte) 0x80, fba.sense()[0]);
    }
}
