package vm370.terminals.datastream;

import java.util.ArrayList;
import java.util.List;
import vm370.terminals.datastream.StructuredField.*;

/** Encodes and decodes structured fields and query replies. @see GA23-0059, chapters 5 and 6 */
final class StructuredFieldCodec {

    private static final int READ_PARTITION = 0x01;
    private static final int ERASE_RESET = 0x03;
    private static final int QUERY_REPLY = 0x81;
    // Usable Area: units in millimetres and the pixel ratios x3270 reports; only the sizes matter here.
    private static final int UNITS_MM = 0x01;
    private static final int X_RATIO = 0x000A02E5;
    private static final int Y_RATIO = 0x0002006F;

    private StructuredFieldCodec() {
    }

    static void encode(List<? extends StructuredField> fields, ByteWriter out) {
        for (StructuredField field : fields) {
            int start = out.size();
            out.putShort(0);
            body(field, out);
            out.setShort(start, out.size() - start);
        }
    }

    private static void body(StructuredField field, ByteWriter out) {
        switch (field) {
            case ReadPartition rp -> {
                out.put(READ_PARTITION);
                out.put(rp.partition());
                out.put(rp.type());
            }
            case EraseReset er -> {
                out.put(ERASE_RESET);
                out.put(er.alternate() ? 0x80 : 0x00);
            }
            case Other other -> {
                out.put(other.id());
                out.put(other.data());
            }
            case QueryReply reply -> {
                out.put(QUERY_REPLY);
                reply(reply, out);
            }
        }
    }

    private static void reply(QueryReply reply, ByteWriter out) {
        switch (reply) {
            case Summary s -> {
                out.put(StructuredField.SUMMARY);
                s.codes().forEach(out::put);
            }
            case UsableArea u -> {
                out.put(StructuredField.USABLE_AREA);
                out.put(u.flags());
                out.put(0);
                out.putShort(u.columns());
                out.putShort(u.rows());
                out.put(UNITS_MM);
                out.putShort(X_RATIO >>> 16);
                out.putShort(X_RATIO);
                out.putShort(Y_RATIO >>> 16);
                out.putShort(Y_RATIO);
                out.put(u.cellWidth());
                out.put(u.cellHeight());
                out.putShort(u.bufferSize());
            }
            case Colors c -> {
                out.put(StructuredField.COLOR);
                out.put(0);
                out.put(c.colors().size() + 1);
                out.put(0x00);
                out.put(Color.GREEN.wireCode());
                c.colors().forEach(color -> {
                    out.put(color.wireCode());
                    out.put(color.wireCode());
                });
            }
            case Highlights h -> {
                out.put(StructuredField.HIGHLIGHTING);
                out.put(h.highlights().size() + 1);
                out.put(0x00);
                out.put(Highlight.NORMAL.wireCode());
                h.highlights().forEach(highlight -> {
                    out.put(highlight.wireCode());
                    out.put(highlight.wireCode());
                });
            }
            case ReplyModes m -> {
                out.put(StructuredField.REPLY_MODES);
                m.modes().forEach(out::put);
            }
            case ImplicitPartition p -> {
                out.put(StructuredField.IMPLICIT_PARTITION);
                out.putShort(0);
                out.put(0x0B);
                out.put(0x01);
                out.put(0x00);
                out.putShort(p.defaultColumns());
                out.putShort(p.defaultRows());
                out.putShort(p.alternateColumns());
                out.putShort(p.alternateRows());
            }
            case OtherReply o -> {
                out.put(o.code());
                out.put(o.data());
            }
        }
    }

    static List<StructuredField> decode(ByteCursor in) {
        List<StructuredField> fields = new ArrayList<>();
        while (in.hasMore()) {
            int length = in.nextShort("structured field length");
            int bodyLength = length == 0 ? in.remaining() : length - 2;
            if (bodyLength < 1 || bodyLength > in.remaining()) {
                throw new DataStreamException("structured field length: " + length + " (expected: 3-" + (in.remaining() + 2) + ")");
            }
            fields.add(field(new ByteCursor(in.take(bodyLength, "structured field"), 0, bodyLength)));
        }
        return fields;
    }

    private static StructuredField field(ByteCursor in) {
        int id = in.next("structured field id");
        return switch (id) {
            case READ_PARTITION -> new ReadPartition(in.next("Read Partition"), in.next("Read Partition"));
            case ERASE_RESET -> new EraseReset((in.next("Erase/Reset") & 0x80) != 0);
            case QUERY_REPLY -> reply(in);
            default -> new Other(id, in.take(in.remaining(), "structured field"));
        };
    }

    private static QueryReply reply(ByteCursor in) {
        int code = in.next("query reply code");
        return switch (code) {
            case StructuredField.SUMMARY -> new Summary(bytes(in));
            case StructuredField.USABLE_AREA -> usableArea(in);
            case StructuredField.COLOR -> {
                in.next("Color");
                int pairs = in.next("Color");
                List<Color> colors = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    int attribute = in.next("Color");
                    in.next("Color");
                    if (attribute != 0) {
                        colors.add(Color.fromWire(attribute));
                    }
                }
                yield new Colors(colors);
            }
            case StructuredField.HIGHLIGHTING -> {
                int pairs = in.next("Highlighting");
                List<Highlight> highlights = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    int attribute = in.next("Highlighting");
                    in.next("Highlighting");
                    if (attribute != 0) {
                        highlights.add(Highlight.fromWire(attribute));
                    }
                }
                yield new Highlights(highlights);
            }
            case StructuredField.REPLY_MODES -> new ReplyModes(bytes(in));
            case StructuredField.IMPLICIT_PARTITION -> {
                in.nextShort("Implicit Partition");
                in.next("Implicit Partition");
                in.next("Implicit Partition");
                in.next("Implicit Partition");
                yield new ImplicitPartition(in.nextShort("Implicit Partition"), in.nextShort("Implicit Partition"),
                        in.nextShort("Implicit Partition"), in.nextShort("Implicit Partition"));
            }
            default -> new OtherReply(code, in.take(in.remaining(), "query reply"));
        };
    }

    private static UsableArea usableArea(ByteCursor in) {
        int flags = in.next("Usable Area");
        in.next("Usable Area");
        int columns = in.nextShort("Usable Area");
        int rows = in.nextShort("Usable Area");
        in.take(9, "Usable Area");
        int cellWidth = in.next("Usable Area");
        int cellHeight = in.next("Usable Area");
        int bufferSize = in.remaining() >= 2 ? in.nextShort("Usable Area") : columns * rows;
        return new UsableArea(flags, columns, rows, cellWidth, cellHeight, bufferSize);
    }

    private static List<Integer> bytes(ByteCursor in) {
        List<Integer> out = new ArrayList<>();
        while (in.hasMore()) {
            out.add(in.next("query reply"));
        }
        return out;
    }
}
