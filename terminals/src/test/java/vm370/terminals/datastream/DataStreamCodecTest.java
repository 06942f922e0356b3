package vm370.terminals.datastream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.terminals.datastream.BufferAddress.AddressMode;

/** Every command, order, AID and structured field encodes and decodes; known wire bytes from s3270 decode right. */
class DataStreamCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    static Stream<Order> everyOrder() {
        return Stream.of(
                new Order.StartField(FieldAttribute.PROTECTED_INTENSIFIED.toByte()),
                new Order.StartFieldExtended(List.of(Attribute.basic(FieldAttribute.UNPROTECTED), Attribute.foreground(Color.PINK),
                        Attribute.highlight(Highlight.REVERSE))),
                new Order.SetBufferAddress(1919),
                new Order.SetAttribute(Attribute.foreground(Color.YELLOW)),
                new Order.ModifyField(List.of(Attribute.highlight(Highlight.BLINK))),
                new Order.InsertCursor(),
                new Order.ProgramTab(),
                new Order.RepeatToAddress(160, 0x60, false),
                new Order.RepeatToAddress(80, 0xC5, true),
                new Order.EraseUnprotectedToAddress(0),
                new Order.GraphicEscape(0xAD),
                new Order.Text(new byte[] {(byte) 0xC8, (byte) 0xC9, 0x40, (byte) 0xFF, 0x00}));
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void everyOrderRoundTripsInAWrite(Order order) {
        for (AddressMode mode : AddressMode.values()) {
            var write = new OutboundRecord.Write(Command.WRITE, Wcc.RESTORE, List.of(order, new Order.InsertCursor()));
            byte[] bytes = DataStreamCodec.toBytes(write, mode);
            assertEquals(write, DataStreamCodec.decodeOutbound(bytes, 0, bytes.length));
        }
    }

    static Stream<OutboundRecord> everyCommand() {
        return Stream.of(
                new OutboundRecord.Write(Command.WRITE, Wcc.NONE, List.of()),
                new OutboundRecord.Write(Command.ERASE_WRITE, Wcc.RESTORE.withAlarm(), everyOrder().toList()),
                new OutboundRecord.Write(Command.ERASE_WRITE_ALTERNATE, Wcc.RESTORE, List.of(new Order.SetBufferAddress(3439))),
                new OutboundRecord.Read(Command.READ_BUFFER),
                new OutboundRecord.Read(Command.READ_MODIFIED),
                new OutboundRecord.Read(Command.READ_MODIFIED_ALL),
                new OutboundRecord.EraseAllUnprotected(),
                OutboundRecord.readPartitionQuery(),
                new OutboundRecord.WriteStructuredField(List.of(new StructuredField.EraseReset(true),
                        new StructuredField.Other(0x40, new byte[] {0x00, (byte) 0xF5, (byte) 0xC3}))));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandRoundTrips(OutboundRecord record) {
        byte[] bytes = DataStreamCodec.toBytes(record, AddressMode.TWELVE_BIT);
        assertEquals(record, DataStreamCodec.decodeOutbound(bytes, 0, bytes.length));
    }

    @Test
    void commandsUseRemoteCodesOnTheWireAndAcceptLocalCodes() {
        assertEquals("f5c3", HEX.formatHex(DataStreamCodec.toBytes(
                new OutboundRecord.Write(Command.ERASE_WRITE, Wcc.RESTORE, List.of()), AddressMode.TWELVE_BIT)));
        assertEquals("f30005 01ff02".replace(" ", ""), HEX.formatHex(DataStreamCodec.toBytes(OutboundRecord.readPartitionQuery(), AddressMode.TWELVE_BIT)));
        for (Command c : Command.values()) {
            assertEquals(c, Command.fromWire(c.wireCode()));
            if (c.localCode() >= 0) {
                assertEquals(c, Command.fromWire(c.localCode()));
            }
        }
        assertThrows(DataStreamException.class, () -> Command.fromWire(0x99));
    }

    @ParameterizedTest
    @EnumSource(Aid.class)
    void everyAidRoundTrips(Aid aid) {
        InboundRecord record = switch (aid) {
            case STRUCTURED_FIELD -> new InboundRecord.StructuredFields(List.of());
            case CLEAR, PA1, PA2, PA3, CLEAR_PARTITION -> new InboundRecord.ShortRead(aid);
            default -> new InboundRecord.Read(aid, 247, List.of(new Order.SetBufferAddress(169), new Order.Text(new byte[] {(byte) 0x81})));
        };
        byte[] bytes = DataStreamCodec.toBytes(record, AddressMode.TWELVE_BIT);
        assertEquals(aid.wireCode(), bytes[0] & 0xFF);
        assertEquals(record, DataStreamCodec.decodeInbound(bytes, 0, bytes.length));
        assertEquals(aid, Aid.fromWire(aid.wireCode()));
    }

    @Test
    void pfKeysMapToTheirAids() {
        assertEquals(0xF1, Aid.pf(1).wireCode());
        assertEquals(0x7C, Aid.pf(12).wireCode());
        assertEquals(0xC1, Aid.pf(13).wireCode());
        assertEquals(0x4C, Aid.pf(24).wireCode());
    }

    @Test
    void s3270EnterRecordDecodesToCursorAndModifiedFields() {
        byte[] wire = HEX.parseHex("7dc3f711c2e994818995a311c3f1a28583998581");
        var record = (InboundRecord.Read) DataStreamCodec.decodeInbound(wire, 0, wire.length);
        assertEquals(Aid.ENTER, record.aid());
        assertEquals(247, record.cursor());
        assertEquals(List.of(new Order.SetBufferAddress(169), new Order.Text(HEX.parseHex("94818995a3")),
                new Order.SetBufferAddress(241), new Order.Text(HEX.parseHex("a28583998581"))), record.orders());
        assertArrayEquals(wire, DataStreamCodec.toBytes(record, AddressMode.TWELVE_BIT));
        assertEquals(new InboundRecord.ShortRead(Aid.CLEAR), DataStreamCodec.decodeInbound(new byte[] {0x6D}, 0, 1));
        assertEquals(new InboundRecord.ShortRead(Aid.PA1), DataStreamCodec.decodeInbound(new byte[] {0x6C}, 0, 1));
    }

    @Test
    void s3270ReadBufferReplyDecodesFieldAttributes() {
        byte[] wire = HEX.parseHex("60c26c1de8e5d40000");
        var record = (InboundRecord.Read) DataStreamCodec.decodeInbound(wire, 0, wire.length);
        assertEquals(Aid.NO_AID, record.aid());
        assertEquals(List.of(new Order.StartField(0xE8), new Order.Text(HEX.parseHex("e5d40000"))), record.orders());
    }

    @Test
    void s3270QueryRepliesDecodeToModelFourSizes() {
        byte[] wire = HEX.parseHex("88" + "0017818101000050002b01000a02e50002006f090c0d70"
                + "0011 81a6 0000 0b01 00 0050 0018 0050 002b".replace(" ", "")
                + "000d 8187 04 00f0 f1f1 f2f2 f4f4".replace(" ", ""));
        var record = (InboundRecord.StructuredFields) DataStreamCodec.decodeInbound(wire, 0, wire.length);
        assertEquals(List.of(new StructuredField.UsableArea(1, 80, 43, 9, 12, 3440),
                new StructuredField.ImplicitPartition(80, 24, 80, 43),
                new StructuredField.Highlights(List.of(Highlight.BLINK, Highlight.REVERSE, Highlight.UNDERSCORE))), record.fields());
    }

    @Test
    void queryRepliesRoundTrip() {
        List<StructuredField> replies = new ArrayList<>(List.of(
                new StructuredField.Summary(List.of(0x80, 0x81, 0x86, 0x87, 0x88, 0xA6)),
                new StructuredField.UsableArea(1, 132, 27, 9, 12, 3564),
                new StructuredField.Colors(List.of(Color.BLUE, Color.RED, Color.WHITE)),
                new StructuredField.Highlights(List.of(Highlight.NORMAL, Highlight.BLINK)),
                new StructuredField.ReplyModes(List.of(0, 1, 2)),
                new StructuredField.ImplicitPartition(80, 24, 132, 27),
                new StructuredField.OtherReply(0xA1, "x3270".getBytes())));
        var record = new InboundRecord.StructuredFields(replies);
        byte[] bytes = DataStreamCodec.toBytes(record, AddressMode.TWELVE_BIT);
        assertEquals(record, DataStreamCodec.decodeInbound(bytes, 0, bytes.length));
    }

    @Test
    void bufferAddressesFollowTheTwelveAndFourteenBitTables() {
        record Case(int address, AddressMode mode, String hex) {
        }
        for (Case c : List.of(new Case(0, AddressMode.TWELVE_BIT, "4040"), new Case(1, AddressMode.TWELVE_BIT, "40c1"),
                new Case(80, AddressMode.TWELVE_BIT, "c150"), new Case(169, AddressMode.TWELVE_BIT, "c2e9"),
                new Case(1840, AddressMode.TWELVE_BIT, "5cf0"), new Case(1919, AddressMode.TWELVE_BIT, "5d7f"),
                new Case(3439, AddressMode.FOURTEEN_BIT, "0d6f"), new Case(4096, AddressMode.TWELVE_BIT, "1000"))) {
            ByteWriter out = new ByteWriter();
            BufferAddress.write(out, c.address(), c.mode());
            assertEquals(c.hex(), HEX.formatHex(out.toByteArray()), "address " + c.address());
        }
        for (AddressMode mode : AddressMode.values()) {
            int max = mode == AddressMode.TWELVE_BIT ? BufferAddress.MAX_12_BIT : BufferAddress.MAX_14_BIT;
            for (int a = 0; a <= max; a++) {
                ByteWriter out = new ByteWriter();
                BufferAddress.write(out, a, mode);
                byte[] b = out.toByteArray();
                assertEquals(a, BufferAddress.decode(b[0] & 0xFF, b[1] & 0xFF));
                if (mode == AddressMode.TWELVE_BIT) {
                    assertEquals(0x40, (b[0] & 0xFF) & 0x40 | (b[0] & 0x80) >> 1, "12-bit bytes are graphics");
                }
            }
        }
        assertEquals(AddressMode.TWELVE_BIT, AddressMode.forBufferSize(27 * 132));
        assertEquals(AddressMode.FOURTEEN_BIT, AddressMode.forBufferSize(62 * 160));
    }

    @Test
    void fieldAttributesEncodeAsTheTableSays() {
        record Case(FieldAttribute attribute, int wire) {
        }
        for (Case c : List.of(new Case(FieldAttribute.UNPROTECTED, 0x40), new Case(FieldAttribute.UNPROTECTED.withModified(true), 0xC1),
                new Case(FieldAttribute.UNPROTECTED_INTENSIFIED, 0xC8), new Case(FieldAttribute.UNPROTECTED_HIDDEN, 0x4C),
                new Case(new FieldAttribute(false, true, FieldAttribute.Display.NORMAL, false), 0x50),
                new Case(FieldAttribute.PROTECTED, 0x60), new Case(FieldAttribute.PROTECTED_INTENSIFIED, 0xE8),
                new Case(new FieldAttribute(true, false, FieldAttribute.Display.HIDDEN, false), 0x6C),
                new Case(FieldAttribute.AUTOSKIP, 0xF0), new Case(FieldAttribute.AUTOSKIP_INTENSIFIED, 0xF8),
                new Case(new FieldAttribute(true, true, FieldAttribute.Display.HIDDEN, false), 0x7C))) {
            assertEquals(c.wire(), c.attribute().toByte(), c.attribute().toString());
            assertEquals(c.attribute(), FieldAttribute.fromByte(c.wire()));
        }
    }

    @Test
    void wccRoundTripsEveryFunctionBit() {
        for (int bits = 0; bits < 32; bits++) {
            Wcc wcc = new Wcc((bits & 16) != 0, (bits & 8) != 0, (bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0);
            assertEquals(wcc, Wcc.fromByte(wcc.toByte()));
        }
        assertEquals(0xC3, Wcc.RESTORE.toByte());
    }

    @Test
    void malformedRecordsAreDataStreamErrors() {
        for (String hex : List.of("f5c311c1", "f5c329024142", "f5c33c4040", "99", "f30009018100", "00", "7dc1")) {
            byte[] b = HEX.parseHex(hex);
            assertThrows(DataStreamException.class, () -> {
                if (hex.startsWith("7d") || hex.equals("00")) {
                    DataStreamCodec.decodeInbound(b, 0, b.length);
                } else {
                    DataStreamCodec.decodeOutbound(b, 0, b.length);
                }
            }, hex);
        }
    }

    @Test
    void textNeverHoldsAnOrderCode() {
        for (OrderCode code : EnumSet.allOf(OrderCode.class)) {
            assertThrows(IllegalArgumentException.class, () -> new Order.Text(new byte[] {(byte) code.wireCode()}));
        }
    }
}
