package vm370.terminals.datastream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vm370.terminals.datastream.BufferAddress.AddressMode;

/** Encodes and decodes order sequences, the body of writes and of inbound reads. */
final class OrderCodec {

    private OrderCodec() {
    }

    static void encode(List<Order> orders, AddressMode mode, ByteWriter out) {
        for (Order order : orders) {
            encode(order, mode, out);
        }
    }

    static void encode(Order order, AddressMode mode, ByteWriter out) {
        switch (order) {
            case Order.StartField sf -> {
                out.put(OrderCode.START_FIELD.wireCode());
                out.put(sf.attribute());
            }
            case Order.StartFieldExtended sfe -> {
                out.put(OrderCode.START_FIELD_EXTENDED.wireCode());
                pairs(sfe.attributes(), out);
            }
            case Order.SetBufferAddress sba -> {
                out.put(OrderCode.SET_BUFFER_ADDRESS.wireCode());
                BufferAddress.write(out, sba.address(), mode);
            }
            case Order.SetAttribute sa -> {
                out.put(OrderCode.SET_ATTRIBUTE.wireCode());
                out.put(sa.attribute().type());
                out.put(sa.attribute().value());
            }
            case Order.ModifyField mf -> {
                out.put(OrderCode.MODIFY_FIELD.wireCode());
                pairs(mf.attributes(), out);
            }
            case Order.InsertCursor ic -> out.put(OrderCode.INSERT_CURSOR.wireCode());
            case Order.ProgramTab pt -> out.put(OrderCode.PROGRAM_TAB.wireCode());
            case Order.RepeatToAddress ra -> {
                out.put(OrderCode.REPEAT_TO_ADDRESS.wireCode());
                BufferAddress.write(out, ra.address(), mode);
                if (ra.graphicEscape()) {
                    out.put(OrderCode.GRAPHIC_ESCAPE.wireCode());
                }
                out.put(ra.character());
            }
            case Order.EraseUnprotectedToAddress eua -> {
                out.put(OrderCode.ERASE_UNPROTECTED_TO_ADDRESS.wireCode());
                BufferAddress.write(out, eua.address(), mode);
            }
            case Order.GraphicEscape ge -> {
                out.put(OrderCode.GRAPHIC_ESCAPE.wireCode());
                out.put(ge.character());
            }
            case Order.Text text -> {
                for (int i = 0, n = text.length(); i < n; i++) {
                    out.put(text.byteAt(i));
                }
            }
        }
    }

    private static void pairs(List<Attribute> attributes, ByteWriter out) {
        out.put(attributes.size());
        for (Attribute a : attributes) {
            out.put(a.type());
            out.put(a.value());
        }
    }

    static List<Order> decode(ByteCursor in) {
        List<Order> orders = new ArrayList<>();
        while (in.hasMore()) {
            OrderCode code = OrderCode.ofByte(in.peek());
            if (code == null) {
                orders.add(text(in));
            } else {
                in.next("order");
                orders.add(decode(code, in));
            }
        }
        return orders;
    }

    private static Order decode(OrderCode code, ByteCursor in) {
        return switch (code) {
            case START_FIELD -> new Order.StartField(in.next("SF"));
            case START_FIELD_EXTENDED -> new Order.StartFieldExtended(pairs(in, "SFE"));
            case SET_BUFFER_ADDRESS -> new Order.SetBufferAddress(in.nextAddress("SBA"));
            case SET_ATTRIBUTE -> new Order.SetAttribute(new Attribute(in.next("SA"), in.next("SA")));
            case MODIFY_FIELD -> new Order.ModifyField(pairs(in, "MF"));
            case INSERT_CURSOR -> new Order.InsertCursor();
            case PROGRAM_TAB -> new Order.ProgramTab();
            case REPEAT_TO_ADDRESS -> {
                int address = in.nextAddress("RA");
                int character = in.next("RA");
                boolean escaped = character == OrderCode.GRAPHIC_ESCAPE.wireCode();
                yield new Order.RepeatToAddress(address, escaped ? in.next("RA") : character, escaped);
            }
            case ERASE_UNPROTECTED_TO_ADDRESS -> new Order.EraseUnprotectedToAddress(in.nextAddress("EUA"));
            case GRAPHIC_ESCAPE -> new Order.GraphicEscape(in.next("GE"));
        };
    }

    private static List<Attribute> pairs(ByteCursor in, String what) {
        int count = in.next(what);
        List<Attribute> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pairs.add(new Attribute(in.next(what), in.next(what)));
        }
        return pairs;
    }

    private static Order.Text text(ByteCursor in) {
        int start = in.position();
        int n = 0;
        while (in.hasMore() && OrderCode.ofByte(in.peek()) == null) {
            in.skip(1);
            n++;
        }
        return new Order.Text(Arrays.copyOfRange(in.array(), start, start + n));
    }
}
