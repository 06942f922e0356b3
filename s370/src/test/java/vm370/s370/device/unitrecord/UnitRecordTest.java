package vm370.s370.device.unitrecord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.text.Ebcdic;

/** The 2540 reader and punch and the 1403 printer on a channel. */
class UnitRecordTest {

    private final ChannelHarness h = new ChannelHarness();

    private Csw run(int device) {
        h.caw(0, 0x800);
        int cc = h.startIo(device);
        if (cc == 1) {
            return h.csw();
        }
        h.settle();
        return h.takeCsw(device);
    }

    @Test
    void theReaderReadsCardsInOrderAndAnEmptyHopperIsInterventionRequired() {
        CardReader reader = new CardReader("2540", CardReader.AtEnd.INTERVENTION_REQUIRED);
        reader.load(List.of(Ebcdic.CP037.encodePadded("CARD 1", 80), Ebcdic.CP037.encodePadded("CARD 2", 80)));
        h.attach(0x00C, reader);
        h.ccw(0x800, 0x02, 0x1000, Ccw.CHAIN_COMMAND, 80).ccw(0x808, 0x02, 0x1050, Ccw.SUPPRESS_LENGTH, 4);
        assertEquals(new Csw(0, 0x810, 0x0C, 0, 0), run(0x00C));
        assertEquals("CARD 1", Ebcdic.CP037.decode(h.bytes(0x1000, 6)));
        assertEquals("CARD", Ebcdic.CP037.decode(h.bytes(0x1050, 4)));
        h.ccw(0x800, 0x02, 0x1000, 0, 80);
        assertEquals(0x0E, run(0x00C).unitStatus());
        assertEquals(0x40, reader.sense()[0]);
    }

    @Test
    void loadingAnEmptyReaderPresentsDeviceEnd() {
        CardReader reader = new CardReader("2540", CardReader.AtEnd.INTERVENTION_REQUIRED);
        h.attach(0x00C, reader);
        reader.load(List.of(Ebcdic.CP037.encodePadded("CARD", 80)));
        h.settle();
        assertEquals(0x04, h.takeCsw(0x00C).unitStatus());
        reader.load(List.of(Ebcdic.CP037.encodePadded("MORE", 80)));
        h.settle();
        assertEquals(null, h.interruption());
    }

    @Test
    void aReaderSetForEndOfFileGivesUnitExceptionWhenEmptyAndUnitCheckOnAnUnreadableCard() {
        CardReader reader = new CardReader("3505", CardReader.AtEnd.UNIT_EXCEPTION);
        reader.load(Arrays.asList((byte[]) null));
        h.attach(0x00C, reader);
        h.ccw(0x800, 0x02, 0x1000, 0, 80);
        assertEquals(0x0E, run(0x00C).unitStatus());
        assertEquals(0x08, reader.sense()[0]);
        assertEquals(0x0D, run(0x00C).unitStatus());
    }

    @Test
    void thePunchWritesEightyByteEbcdicCardsOrAsciiLines() {
        ByteArrayOutputStream ebcdic = new ByteArrayOutputStream();
        ByteArrayOutputStream ascii = new ByteArrayOutputStream();
        h.attach(0x00D, new CardPunch(ebcdic, null)).attach(0x00E, new CardPunch(ascii, Ebcdic.CP037));
        h.bytes(0x1000, Ebcdic.CP037.encode("PUNCHED"));
        h.ccw(0x800, 0x01, 0x1000, Ccw.SUPPRESS_LENGTH, 7);
        assertEquals(0, run(0x00D).channelStatus());
        assertEquals(0, run(0x00E).channelStatus());
        assertArrayEquals(Ebcdic.CP037.encodePadded("PUNCHED", 80), ebcdic.toByteArray());
        assertEquals("PUNCHED\n", ascii.toString());
    }

    @Test
    void thePrinterSpacesAndSkipsAfterPrintingAndImmediately() {
        StringWriter paper = new StringWriter();
        h.attach(0x00F, new Printer1403(paper, Ebcdic.CP037));
        h.bytes(0x1000, Ebcdic.CP037.encode("TITLE   "));
        h.bytes(0x1010, Ebcdic.CP037.encode("BODY"));
        h.ccw(0x800, 0x8B, 0, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 1)
                .ccw(0x808, 0x11, 0x1000, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 8)
                .ccw(0x810, 0x09, 0x1010, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 4)
                .ccw(0x818, 0x0B, 0, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 1)
                .ccw(0x820, 0x89, 0x1010, Ccw.SUPPRESS_LENGTH, 4);
        assertEquals(new Csw(0, 0x828, 0x0C, 0, 0), run(0x00F));
        assertEquals("TITLE\n\nBODY\n\nBODY\n\f", paper.toString());
    }

    @Test
    void spacingOntoTheChannelTwelveLineGivesUnitExceptionAndBadCommandsAreRejected() {
        StringWriter paper = new StringWriter();
        h.attach(0x00F, new Printer1403(paper, Ebcdic.CP037));
        h.ccw(0x800, 0x1B, 0, Ccw.SUPPRESS_LENGTH, 1);
        int exceptions = 0;
        for (int i = 0; i < 22; i++) {
            exceptions += (run(0x00F).unitStatus() & 0x01);
        }
        assertEquals(1, exceptions);
        h.ccw(0x800, 0x07, 0x1000, 0, 1);
        assertEquals(0x0E, run(0x00F).unitStatus());
    }
}
