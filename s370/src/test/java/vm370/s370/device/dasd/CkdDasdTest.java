package vm370.s370.device.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.text.Ebcdic;

/** The CKD commands on a 3330 image, run as channel programs: orientation, searches, reads, writes, file mask, sense. */
class CkdDasdTest {

    private static final int DEV = 0x190;
    private static final int CC = Ccw.CHAIN_COMMAND;
    private static final int SLI = Ccw.SUPPRESS_LENGTH;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @TempDir
    Path dir;
    private Path imagePath;
    private CkdDasd dasd;
    private ChannelHarness h;

    @BeforeEach
    void volume() throws IOException {
        imagePath = dir.resolve("vm.3330");
        DasdImages.create(imagePath, DasdGeometry.D3330, "VMPK01", 3, false);
        open();
    }

    private void open() throws IOException {
        dasd = new CkdDasd(CkdImage.open(imagePath, false));
        h = new ChannelHarness().attach(DEV, dasd);
    }

    @AfterEach
    void close() throws IOException {
        dasd.close();
    }

    /** Runs the channel program at X'800' and returns the ending CSW. */
    private Csw run() {
        h.caw(0, 0x800);
        int cc = h.startIo(DEV);
        if (cc == 1) {
            return h.csw();
        }
        assertEquals(0, cc);
        h.settle();
        return h.takeCsw(DEV);
    }

    private void seekArgument(int at, int cylinder, int head) {
        h.bytes(at, new byte[] {0, 0, 0, (byte) cylinder, 0, (byte) head});
    }

    private void idArgument(int at, int cylinder, int head, int record) {
        h.bytes(at, new byte[] {0, (byte) cylinder, 0, (byte) head, (byte) record});
    }

    @Test
    void readIplReadsTheDataOfRecordOneOnTrackZero() {
        h.ccw(0x800, 0x02, 0x1000, SLI, 24);
        assertEquals(0x0C, run().unitStatus());
        assertEquals("000600000000000F0300000000000001", HEX.formatHex(h.bytes(0x1000, 16)));
    }

    @Test
    void seekSearchIdEqualTicReadDataFindsTheVolumeLabel() {
        seekArgument(0x900, 0, 0);
        idArgument(0x908, 0, 0, 3);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 80);
        Csw csw = run();
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), csw);
        assertEquals("VOL1VMPK01", Ebcdic.CP037.decode(h.bytes(0x1000, 10)));
    }

    @Test
    void searchingForAMissingRecordEndsWithNoRecordFoundAfterTwoIndexPoints() {
        seekArgument(0x900, 0, 0);
        idArgument(0x908, 0, 0, 9);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 80).ccw(0x820, 0x04, 0x2000, 0, 24);
        assertEquals(0x0E, run().unitStatus());
        h.ccw(0x800, 0x04, 0x2000, 0, 24);
        run();
        assertEquals(CkdDasd.NO_RECORD_FOUND, h.bytes(0x2000, 2)[1]);
    }

    @Test
    void formattingATrackWithWriteCkdThenReadingItBackSurvivesReopeningTheImage() throws IOException {
        seekArgument(0x900, 2, 5);
        idArgument(0x908, 2, 5, 0);
        h.bytes(0xA00, new byte[] {0, 2, 0, 5, 1, 0, 0, 4, 1, 2, 3, 4});
        h.bytes(0xA10, new byte[] {0, 2, 0, 5, 2, 3, 0, 2, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3, 9, 8});
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x1D, 0xA00, CC, 12).ccw(0x820, 0x1D, 0xA10, 0, 13);
        assertEquals(new Csw(0, 0x828, 0x0C, 0, 0), run());
        dasd.close();
        open();
        seekArgument(0x900, 2, 5);
        idArgument(0x908, 2, 5, 2);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x0E, 0x1000, 0, 5);
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), run());
        assertArrayEquals(new byte[] {(byte) 0xC1, (byte) 0xC2, (byte) 0xC3, 9, 8}, h.bytes(0x1000, 5));
    }

    @Test
    void writeRecordZeroStartsATrackEraseCutsItAndARecordTooBigForTheTrackLeavesItAsItWas() {
        seekArgument(0x900, 2, 5);
        h.bytes(0x910, new byte[] {0, 2, 0, 5});
        h.bytes(0xA00, new byte[] {0, 2, 0, 5, 0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8});
        h.bytes(0xA10, new byte[] {0, 2, 0, 5, 1, 0, 0, 4, 9, 9, 9, 9});
        h.bytes(0x918, new byte[] {(byte) 0xC0});
        h.ccw(0x800, 0x1F, 0x918, CC, 1).ccw(0x808, 0x07, 0x900, CC, 6).ccw(0x810, 0x39, 0x910, CC, 4)
                .ccw(0x818, 0x08, 0x810, 0, 0).ccw(0x820, 0x15, 0xA00, CC, 16).ccw(0x828, 0x1D, 0xA10, 0, 12);
        assertEquals(new Csw(0, 0x830, 0x0C, 0, 0), run(), "with the file mask allowing it, R0 then record 1 written");

        idArgument(0x908, 2, 5, 0);
        h.bytes(0xA20, new byte[] {0, 2, 0, 5, 1, 0, (byte) 0xFF, (byte) 0xFF});
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x1D, 0xA20, SLI, 8);
        assertEquals(0x0E, run().unitStatus(), "a 64K record does not fit on a 3330 track");
        h.ccw(0x800, 0x04, 0x2000, 0, 24);
        run();
        assertEquals(CkdDasd.INVALID_TRACK_FORMAT, h.bytes(0x2000, 2)[1]);

        idArgument(0x908, 2, 5, 1);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 4);
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), run(), "record 1 is still there");
        assertEquals("09090909", HEX.formatHex(h.bytes(0x1000, 4)));

        idArgument(0x908, 2, 5, 0);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x11, 0xA10, 0, 12);
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), run(), "erase after R0");
        idArgument(0x908, 2, 5, 1);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 4);
        assertEquals(0x0E, run().unitStatus(), "record 1 went with the erase");
        idArgument(0x908, 2, 5, 0);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 8);
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), run());
        assertEquals("0102030405060708", HEX.formatHex(h.bytes(0x1000, 8)), "R0's data stays");
    }

    @Test
    void aMinidiskCountsItsOwnCylindersWhileTheVolumeKeepsRealOnes() throws IOException {
        dasd.close();
        CkdImage volume = CkdImage.open(imagePath, false);
        dasd = new CkdDasd(volume.extent(1, 2, false));
        h = new ChannelHarness().attach(DEV, dasd);
        seekArgument(0x900, 0, 5);
        idArgument(0x908, 0, 5, 0);
        h.bytes(0xA00, new byte[] {0, 0, 0, 5, 1, 0, 0, 2, 7, 7});
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x1D, 0xA00, CC, 10).ccw(0x820, 0x1A, 0x1000, CC, 5).ccw(0x828, 0x12, 0x1008, 0, 8);
        assertEquals(new Csw(0, 0x830, 0x0C, 0, 0), run(), "R0 of the minidisk's cylinder 0 is found by its own number");
        assertEquals("0000000005", HEX.formatHex(h.bytes(0x1000, 5)), "the home address reads as cylinder 0");
        assertEquals("0000000500000008", HEX.formatHex(h.bytes(0x1008, 8)), "so does R0's count");
        dasd.close();
        volume.close();
        dasd = new CkdDasd(CkdImage.open(imagePath, false));
        h = new ChannelHarness().attach(DEV, dasd);
        seekArgument(0x900, 1, 5);
        idArgument(0x908, 1, 5, 1);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, 0, 2);
        assertEquals(new Csw(0, 0x820, 0x0C, 0, 0), run(), "on the volume the record is on real cylinder 1");
        assertArrayEquals(new byte[] {7, 7}, h.bytes(0x1000, 2));
    }

    @Test
    void writeDataAfterASearchUpdatesTheRecordInPlace() throws IOException {
        seekArgument(0x900, 0, 0);
        idArgument(0x908, 0, 0, 1);
        h.bytes(0xA00, HexFormat.of().parseHex("000A0000000001230200000012345678"));
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x05, 0xA00, 0, 24);
        assertEquals(0, run().channelStatus());
        dasd.close();
        open();
        h.ccw(0x800, 0x02, 0x1000, SLI, 24);
        run();
        assertEquals("000A0000000001230200000012345678", HEX.formatHex(h.bytes(0x1000, 16)));
    }

    @Test
    void writeDataWithoutASearchEqualIsRejected() {
        h.ccw(0x800, 0x05, 0xA00, 0, 8).ccw(0x808, 0x04, 0x2000, 0, 24);
        assertEquals(0x0E, run().unitStatus());
        assertEquals((byte) 0x80, dasd.sense()[0]);
    }

    @Test
    void searchKeyEqualFindsTheLabelByItsKey() {
        seekArgument(0x900, 0, 0);
        h.bytes(0x908, Ebcdic.CP037.encode("VOL1"));
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x29, 0x908, CC, 4).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x06, 0x1000, SLI, 10);
        assertEquals(0, run().channelStatus());
        assertEquals("VOL1VMPK01", Ebcdic.CP037.decode(h.bytes(0x1000, 10)));
    }

    @Test
    void readHomeAddressReadRecordZeroAndReadCountWalkTheTrack() {
        seekArgument(0x900, 1, 3);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x1A, 0x1000, CC, 5).ccw(0x810, 0x16, 0x1010, 0, 16);
        assertEquals(0, run().channelStatus());
        assertEquals("0000010003", HEX.formatHex(h.bytes(0x1000, 5)));
        assertEquals("00010003000000080000000000000000", HEX.formatHex(h.bytes(0x1010, 16)));
        seekArgument(0x900, 0, 0);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x12, 0x1000, CC, 8).ccw(0x810, 0x12, 0x1008, CC, 8)
                .ccw(0x818, 0x12, 0x1010, 0, 8);
        run();
        assertEquals("000000000104001800000000020400900000000003040050", HEX.formatHex(h.bytes(0x1000, 24)));
    }

    @Test
    void multitrackReadCountGoesOnToTheNextTrackAndStopsAtTheEndOfTheCylinder() {
        seekArgument(0x900, 0, 17);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x92, 0x1000, 0, 8);
        assertEquals(0x0E, run().unitStatus());
        assertEquals(CkdDasd.END_OF_CYLINDER, dasd.sense()[1]);
        h.bytes(0xA00, new byte[] {0, 0, 0, 17, 1, 0, 0, 1, 7});
        idArgument(0x908, 0, 17, 0);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x1D, 0xA00, 0, 9);
        assertEquals(0, run().channelStatus());
        seekArgument(0x900, 0, 16);
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x92, 0x1000, 0, 8);
        assertEquals(new Csw(0, 0x810, 0x0C, 0, 0), run());
        assertEquals("0000001101000001", HEX.formatHex(h.bytes(0x1000, 8)));
    }

    @Test
    void theFileMaskInhibitsWritesAndSeeksAndMaySetOnlyOncePerChain() {
        seekArgument(0x900, 0, 0);
        idArgument(0x908, 0, 0, 1);
        h.bytes(0x910, new byte[] {0x40});
        h.ccw(0x800, 0x1F, 0x910, CC, 1).ccw(0x808, 0x31, 0x908, CC, 5).ccw(0x810, 0x08, 0x808, 0, 0)
                .ccw(0x818, 0x05, 0xA00, 0, 24);
        assertEquals(0x0E, run().unitStatus());
        assertArrayEquals(new byte[] {(byte) 0x80, CkdDasd.FILE_PROTECTED}, Arrays.copyOf(dasd.sense(), 2));
        h.bytes(0x910, new byte[] {0x18});
        h.ccw(0x800, 0x1F, 0x910, CC, 1).ccw(0x808, 0x07, 0x900, 0, 6);
        assertEquals(0x0E, run().unitStatus());
        h.ccw(0x800, 0x1F, 0x910, CC, 1).ccw(0x808, 0x1F, 0x910, 0, 1);
        assertEquals(0x0E, run().unitStatus());
        assertEquals((byte) 0x80, dasd.sense()[0]);
    }

    @Test
    void setSectorInAPagingStyleChainStillFindsTheRecordAndReserveGivesTheSenseBytes() {
        seekArgument(0x900, 0, 0);
        idArgument(0x908, 0, 0, 3);
        h.bytes(0x910, new byte[] {42});
        h.ccw(0x800, 0x07, 0x900, CC, 6).ccw(0x808, 0x23, 0x910, CC, 1).ccw(0x810, 0x31, 0x908, CC, 5)
                .ccw(0x818, 0x08, 0x810, 0, 0).ccw(0x820, 0x06, 0x1000, CC | SLI, 4).ccw(0x828, 0x22, 0x1100, CC, 1)
                .ccw(0x830, 0xB4, 0x1200, 0, 24);
        assertEquals(new Csw(0, 0x838, 0x0C, 0, 0), run());
        assertEquals("VOL1", Ebcdic.CP037.decode(h.bytes(0x1000, 4)));
    }

    @Test
    void aSeekOutsideTheVolumeIsRejected() {
        seekArgument(0x900, 3, 0);
        h.ccw(0x800, 0x07, 0x900, 0, 6);
        assertEquals(0x0E, run().unitStatus());
        assertEquals((byte) 0x80, dasd.sense()[0]);
    }

    @Test
    void senseGivesTwentyFourBytesAndAnInvalidCommandIsACommandReject() {
        h.ccw(0x800, 0xFF, 0x1000, 0, 1);
        assertEquals(0x0E, run().unitStatus());
        h.ccw(0x800, 0x04, 0x1000, 0, 24);
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 0), run());
        assertEquals((byte) 0x80, h.bytes(0x1000, 1)[0]);
    }
}
