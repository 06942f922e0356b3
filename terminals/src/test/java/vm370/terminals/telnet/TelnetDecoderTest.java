package vm370.terminals.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vm370.terminals.datastream.BufferAddress.AddressMode;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.Order;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.WriteBuilder;

/** The telnet decoder gives the same result however the input is split, down to one byte at a time. */
class TelnetDecoderTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Records what the decoder emits; data bytes are gathered into runs between events. */
    private static final class Transcript implements TelnetDecoder.Sink {
        final List<Object> items = new ArrayList<>();
        final ByteWriter data = new ByteWriter();

        @Override
        public void data(int b) {
            data.put(b);
        }

        @Override
        public void event(TelnetEvent event) {
            if (data.size() > 0) {
                items.add(HEX.formatHex(data.toByteArray()));
                data.reset();
            }
            items.add(event);
        }
    }

    private static List<Object> decode(byte[] input, int[] splits) {
        Transcript t = new Transcript();
        TelnetDecoder decoder = new TelnetDecoder(t, 512);
        int at = 0;
        for (int split : splits) {
            decoder.feed(input, at, split - at);
            at = split;
        }
        decoder.feed(input, at, input.length - at);
        assertTrue(decoder.isIdle(), "nothing left half-read");
        return t.items;
    }

    private static final byte[] STREAM = HEX.parseHex(
            "fffd28" + "fffa28020749424dffff2d33fff0" + "fff4" + "f5c3ffff11c1ffef" + "fffb19" + "0102" + "ffef");

    @Test
    void decoderHandlesEverySplitIncludingOneByteAtATime() {
        List<Object> whole = decode(STREAM, new int[0]);
        assertEquals(List.of(new TelnetEvent.Negotiation(TelnetCommand.DO, TelnetOption.TN3270E),
                new TelnetEvent.Subnegotiation(TelnetOption.TN3270E, HEX.parseHex("020749424dff2d33")),
                new TelnetEvent.Command(TelnetCommand.INTERRUPT_PROCESS),
                "f5c3ff11c1", TelnetEvent.END_OF_RECORD,
                new TelnetEvent.Negotiation(TelnetCommand.WILL, TelnetOption.END_OF_RECORD),
                "0102", TelnetEvent.END_OF_RECORD), whole);
        int[] everyByte = new int[STREAM.length - 1];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = i + 1;
        }
        assertEquals(whole, decode(STREAM, everyByte));
        Random random = new Random(370);
        for (int round = 0; round < 200; round++) {
            int[] splits = random.ints(3, 0, STREAM.length + 1).sorted().toArray();
            assertEquals(whole, decode(STREAM, splits));
        }
    }

    @Test
    void framedRecordsFedOneByteAtATimeDecodeToTheSameRecords() {
        OutboundRecord screen = WriteBuilder.eraseWrite(80).at(0, 0).text("VM/370 ONLINE").insertCursor()
                .order(new Order.Text(new byte[] {(byte) 0xFF})).build();
        ByteWriter record = new ByteWriter();
        DataStreamCodec.encode(screen, AddressMode.TWELVE_BIT, record);
        ByteWriter framed = new ByteWriter();
        TelnetWriter.data(framed, record.array(), 0, record.size());
        TelnetWriter.endOfRecord(framed);
        InboundRecord enter = new InboundRecord.ShortRead(vm370.terminals.datastream.Aid.PA2);
        byte[] enterBytes = DataStreamCodec.toBytes(enter, AddressMode.TWELVE_BIT);
        TelnetWriter.data(framed, enterBytes, 0, enterBytes.length);
        TelnetWriter.endOfRecord(framed);

        Transcript t = new Transcript();
        TelnetDecoder decoder = new TelnetDecoder(t, 64);
        byte[] wire = framed.toByteArray();
        for (byte b : wire) {
            decoder.feed(b & 0xFF);
        }
        byte[] first = HEX.parseHex((String) t.items.get(0));
        assertEquals(screen, DataStreamCodec.decodeOutbound(first, 0, first.length));
        byte[] second = HEX.parseHex((String) t.items.get(2));
        assertEquals(enter, DataStreamCodec.decodeInbound(second, 0, second.length));
        assertEquals(4, t.items.size());
        assertTrue(decoder.isIdle());
    }

    @Test
    void overlongSubnegotiationAndBadCommandsAreMalformed() {
        Transcript t = new Transcript();
        TelnetDecoder decoder = new TelnetDecoder(t, 4);
        decoder.feed(HEX.parseHex("fffa180001020304fff0" + "ff01" + "fff0"), 0, 14);
        assertEquals(3, t.items.size());
        t.items.forEach(item -> assertTrue(item instanceof TelnetEvent.Malformed, item.toString()));
        assertTrue(decoder.isIdle());
    }
}
