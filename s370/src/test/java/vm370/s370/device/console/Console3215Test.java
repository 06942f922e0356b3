package vm370.s370.device.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.text.Ebcdic;

/** The 3215: write with and without carrier return, read inquiry, alarm, attention on typed input. */
class Console3215Test {

    private static final int DEV = 0x009;

    private final StringBuilder paper = new StringBuilder();
    private final Console3215 console = new Console3215(paper, Ebcdic.CP037);
    private final ChannelHarness h = new ChannelHarness().attach(DEV, console);

    private int start() {
        h.caw(0, 0x800);
        return h.startIo(DEV);
    }

    @Test
    void writeWithCarrierReturnPrintsALineAndWriteWithoutItDoesNot() {
        h.bytes(0x1000, Ebcdic.CP037.encode("R; "));
        h.bytes(0x1010, Ebcdic.CP037.encode("READY"));
        h.ccw(0x800, 0x01, 0x1000, Ccw.CHAIN_COMMAND, 3).ccw(0x808, 0x09, 0x1010, 0, 5);
        assertEquals(0, start());
        h.settle();
        assertEquals("R; READY\n", paper.toString());
        assertEquals(new Csw(0, 0x810, 0x0C, 0, 0), h.takeCsw(DEV));
    }

    @Test
    void aReadWaitsForALineThenStoresItInEbcdic() {
        h.ccw(0x800, 0x0A, 0x1000, Ccw.SUPPRESS_LENGTH, 20);
        assertEquals(0, start());
        h.settle();
        assertEquals(2, h.testIo(DEV));
        console.offerLine("ipl 190");
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 13), h.takeCsw(DEV));
        assertEquals("ipl 190", Ebcdic.CP037.decode(h.bytes(0x1000, 7)));
    }

    @Test
    void aShortLineWithoutSliIsIncorrectLength() {
        console.offerLine("hi");
        h.settle();
        h.takeCsw(DEV);
        h.ccw(0x800, 0x0A, 0x1000, 0, 20);
        start();
        h.settle();
        assertEquals(Csw.INCORRECT_LENGTH, h.takeCsw(DEV).channelStatus());
    }

    @Test
    void aLineTypedWithNoReadPendingRaisesAttention() {
        console.offerLine("logon maint");
        h.settle();
        assertEquals(0x80, h.takeCsw(DEV).unitStatus());
    }

    @Test
    void linesTypedAheadAreAnnouncedOneAttentionPerLineAsEachIsRead() {
        console.offerLine("ht");
        console.offerLine("rt");
        h.settle();
        assertEquals(0x80, h.takeCsw(DEV).unitStatus());
        assertEquals(0, h.testIo(DEV), "one attention stands for the first line only");
        h.ccw(0x800, 0x0A, 0x1000, Ccw.SUPPRESS_LENGTH, 20);
        start();
        h.settle();
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
        assertEquals(0x80, h.takeCsw(DEV).unitStatus(), "the read leaves a line waiting: attention again");
        start();
        h.settle();
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
        assertEquals("rt", Ebcdic.CP037.decode(h.bytes(0x1000, 2)));
        assertEquals(0, h.testIo(DEV), "nothing waits: no attention");
    }

    @Test
    void aReadThatTakesTheLineBeforeTheAttentionIsPresentedLeavesNoStaleAttention() {
        console.offerLine("hx");
        h.ccw(0x800, 0x0A, 0x1000, Ccw.SUPPRESS_LENGTH, 20);
        assertEquals(0, start(), "the attention is not presented yet");
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 18), h.takeCsw(DEV));
        assertEquals(0, h.testIo(DEV), "nothing is left to announce");
    }

    @Test
    void theEndOfInputEndsAPendingReadWithUnitException() {
        h.ccw(0x800, 0x0A, 0x1000, 0, 20);
        start();
        console.endOfInput();
        h.settle();
        assertEquals(0x0D, h.takeCsw(DEV).unitStatus());
    }

    @Test
    void haltIoEndsAPendingRead() {
        h.ccw(0x800, 0x0A, 0x1000, 0, 20);
        start();
        assertEquals(1, h.channels.haltIo(h.cpu, DEV));
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 20), h.takeCsw(DEV));
    }

    @Test
    void theAlarmRingsAsAnImmediateCommandAndBadCommandsAreRejected() {
        h.ccw(0x800, 0x0B, 0, 0, 1);
        assertEquals(1, start());
        assertEquals("\u0007", paper.toString());
        h.ccw(0x800, 0x05, 0x1000, 0, 1);
        assertEquals(1, start());
        assertEquals(0x0E, h.csw().unitStatus());
        h.ccw(0x800, 0x04, 0x1000, 0, 1);
        start();
        h.settle();
        assertEquals((byte) 0x80, h.bytes(0x1000, 1)[0]);
    }
}
