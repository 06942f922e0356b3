package vm370.terminals.datastream;

import java.util.List;
import vm370.terminals.datastream.BufferAddress.AddressMode;

/**
 * Encodes and decodes whole 3270 records (the bytes between two IAC EORs, without the telnet
 * escaping or the TN3270E header). Stateless; one instance may be shared.
 * @see GA23-0059, chapters 3 (outbound) and 6 (inbound)
 */
public final class DataStreamCodec {

    private DataStreamCodec() {
    }

    /** Writes a host-to-terminal record. */
    public static void encode(OutboundRecord record, AddressMode mode, ByteWriter out) {
        switch (record) {
            case OutboundRecord.Write w -> {
                out.put(w.command().wireCode());
                out.put(w.wcc().toByte());
                OrderCodec.encode(w.orders(), mode, out);
            }
            case OutboundRecord.Read r -> out.put(r.command().wireCode());
            case OutboundRecord.EraseAllUnprotected e -> out.put(Command.ERASE_ALL_UNPROTECTED.wireCode());
            case OutboundRecord.WriteStructuredField wsf -> {
                out.put(Command.WRITE_STRUCTURED_FIELD.wireCode());
                StructuredFieldCodec.encode(wsf.fields(), out);
            }
        }
    }

    /** Reads a host-to-terminal record; local (channel) command codes are accepted too. */
    public static OutboundRecord decodeOutbound(byte[] bytes, int offset, int length) {
        ByteCursor in = new ByteCursor(bytes, offset, length);
        Command command = Command.fromWire(in.next("command"));
        return switch (command) {
            case WRITE, ERASE_WRITE, ERASE_WRITE_ALTERNATE -> {
                Wcc wcc = in.hasMore() ? Wcc.fromByte(in.next("WCC")) : Wcc.NONE;
                yield new OutboundRecord.Write(command, wcc, OrderCodec.decode(in));
            }
            case READ_BUFFER, READ_MODIFIED, READ_MODIFIED_ALL -> new OutboundRecord.Read(command);
            case ERASE_ALL_UNPROTECTED -> new OutboundRecord.EraseAllUnprotected();
            case WRITE_STRUCTURED_FIELD -> new OutboundRecord.WriteStructuredField(StructuredFieldCodec.decode(in));
        };
    }

    /** Writes a terminal-to-host record. */
    public static void encode(InboundRecord record, AddressMode mode, ByteWriter out) {
        out.put(record.aid().wireCode());
        switch (record) {
            case InboundRecord.Read r -> {
                BufferAddress.write(out, r.cursor(), mode);
                OrderCodec.encode(r.orders(), mode, out);
            }
            case InboundRecord.ShortRead s -> {
            }
            case InboundRecord.StructuredFields sf -> StructuredFieldCodec.encode(sf.fields(), out);
        }
    }

    /** Reads a terminal-to-host record. */
    public static InboundRecord decodeInbound(byte[] bytes, int offset, int length) {
        ByteCursor in = new ByteCursor(bytes, offset, length);
        Aid aid = Aid.fromWire(in.next("AID"));
        if (aid == Aid.STRUCTURED_FIELD) {
            return new InboundRecord.StructuredFields(StructuredFieldCodec.decode(in));
        }
        if (aid.isShortRead() && !in.hasMore()) {
            return new InboundRecord.ShortRead(aid);
        }
        if (!in.hasMore()) {
            return new InboundRecord.Read(aid, 0, List.of());
        }
        int cursor = in.nextAddress("cursor address");
        return new InboundRecord.Read(aid, cursor, OrderCodec.decode(in));
    }

    /** Convenience for tests and tools: one outbound record as a fresh array. */
    public static byte[] toBytes(OutboundRecord record, AddressMode mode) {
        ByteWriter out = new ByteWriter();
        encode(record, mode, out);
        return out.toByteArray();
    }

    /** Convenience for tests and tools: one inbound record as a fresh array. */
    public static byte[] toBytes(InboundRecord record, AddressMode mode) {
        ByteWriter out = new ByteWriter();
        encode(record, mode, out);
        return out.toByteArray();
    }
}
