package vm370.terminals.datastream;

import java.util.ArrayList;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * Builds a W, EW or EWA record for a screen of a given width: positions by row and column,
 * fields, extended attributes and text, which is translated to EBCDIC with any byte that would
 * read as an order replaced by a blank.
 */
public final class WriteBuilder {

    private final Command command;
    private final Wcc wcc;
    private final int columns;
    private final Ebcdic codePage;
    private final List<Order> orders = new ArrayList<>();

    public WriteBuilder(Command command, Wcc wcc, int columns, Ebcdic codePage) {
        if (!command.isWrite()) {
            throw new IllegalArgumentException("write command: " + command + " (expected: W, EW or EWA)");
        }
        this.command = command;
        this.wcc = wcc;
        this.columns = columns;
        this.codePage = codePage;
    }

    /** Erase/Write with keyboard restore in code page 037: the usual full screen. */
    public static WriteBuilder eraseWrite(int columns) {
        return new WriteBuilder(Command.ERASE_WRITE, Wcc.RESTORE, columns, Ebcdic.CP037);
    }

    /** SBA to a 0-origin row and column. */
    public WriteBuilder at(int row, int column) {
        orders.add(new Order.SetBufferAddress(row * columns + column));
        return this;
    }

    public WriteBuilder field(FieldAttribute attribute) {
        orders.add(new Order.StartField(attribute.toByte()));
        return this;
    }

    /** SFE with a color and a highlight (DEFAULT values are left out). */
    public WriteBuilder field(FieldAttribute attribute, Color color, Highlight highlight) {
        List<Attribute> pairs = new ArrayList<>(List.of(Attribute.basic(attribute)));
        if (color != Color.DEFAULT) {
            pairs.add(Attribute.foreground(color));
        }
        if (highlight != Highlight.DEFAULT) {
            pairs.add(Attribute.highlight(highlight));
        }
        orders.add(new Order.StartFieldExtended(pairs));
        return this;
    }

    public WriteBuilder text(String text) {
        if (!text.isEmpty()) {
            byte[] bytes = codePage.encode(text);
            for (int i = 0; i < bytes.length; i++) {
                if (OrderCode.ofByte(bytes[i]) != null) {
                    bytes[i] = Ebcdic.SPACE;
                }
            }
            orders.add(new Order.Text(bytes));
        }
        return this;
    }

    public WriteBuilder characterAttribute(Attribute attribute) {
        orders.add(new Order.SetAttribute(attribute));
        return this;
    }

    public WriteBuilder insertCursor() {
        orders.add(new Order.InsertCursor());
        return this;
    }

    public WriteBuilder programTab() {
        orders.add(new Order.ProgramTab());
        return this;
    }

    /** RA: repeats a character up to (not including) a 0-origin row and column. */
    public WriteBuilder repeatTo(int row, int column, char c) {
        orders.add(new Order.RepeatToAddress(row * columns + column, codePage.toByte(c, Ebcdic.SPACE) & 0xFF, false));
        return this;
    }

    public WriteBuilder eraseUnprotectedTo(int row, int column) {
        orders.add(new Order.EraseUnprotectedToAddress(row * columns + column));
        return this;
    }

    public WriteBuilder order(Order order) {
        orders.add(order);
        return this;
    }

    public OutboundRecord.Write build() {
        return new OutboundRecord.Write(command, wcc, orders);
    }
}
