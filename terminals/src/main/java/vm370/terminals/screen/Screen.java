package vm370.terminals.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.Attribute;
import vm370.terminals.datastream.AttributeType;
import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.Command;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Highlight;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.Order;
import vm370.terminals.datastream.OrderCode;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.StructuredField;
import vm370.terminals.datastream.Wcc;

/**
 * A 3270 display buffer: characters, field attributes, extended and character attributes, the
 * cursor and the keyboard lock. The one screen model of both sides: the emulator applies what
 * the host writes and reads back what the operator typed; the server keeps a mirror of each
 * terminal by applying its own writes and the terminal's inbound records.
 * Not thread-safe: owned by one thread at a time. @see GA23-0059, chapters 3 and 4
 */
public final class Screen {

    private static final int NO_FIELD = -1;

    private final TerminalType type;
    private final byte[] chars;
    /** The raw attribute byte at field-attribute positions, {@link #NO_FIELD} elsewhere. */
    private final int[] fieldAttribute;
    private final byte[] fieldColor;
    private final byte[] fieldHighlight;
    private final byte[] cellColor;
    private final byte[] cellHighlight;
    private final boolean[] graphicEscape;
    private int rows;
    private int columns;
    private int size;
    private int fieldCount;
    private int cursor;
    private boolean keyboardLocked = true;
    private boolean alarm;
    /** The AID of the last attention, sent again in replies to host reads until a keyboard restore. */
    private Aid aid = Aid.NO_AID;

    public Screen(TerminalType type) {
        this.type = type;
        int capacity = type.bufferCapacity();
        chars = new byte[capacity];
        fieldAttribute = new int[capacity];
        fieldColor = new byte[capacity];
        fieldHighlight = new byte[capacity];
        cellColor = new byte[capacity];
        cellHighlight = new byte[capacity];
        graphicEscape = new boolean[capacity];
        erase(false);
    }

    public TerminalType type() {
        return type;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int size() {
        return size;
    }

    public boolean isAlternate() {
        return rows != type.rows() || columns != type.columns();
    }

    public int cursor() {
        return cursor;
    }

    public void setCursor(int address) {
        cursor = Math.floorMod(address, size);
    }

    public int address(int row, int column) {
        return row * columns + column;
    }

    public boolean isKeyboardLocked() {
        return keyboardLocked;
    }

    public void setKeyboardLocked(boolean locked) {
        keyboardLocked = locked;
    }

    /** The AID a reply to a host read carries: the last attention's, or NO_AID after a keyboard restore. */
    public Aid pendingAid() {
        return aid;
    }

    /** True once after a write sounded the alarm. */
    public boolean takeAlarm() {
        boolean was = alarm;
        alarm = false;
        return was;
    }

    /** True when the buffer holds at least one field. */
    public boolean isFormatted() {
        return fieldCount > 0;
    }

    // ---- host writes ----

    /** Applies a host record. Reads (RB, RM, RMA) and queries change nothing; the caller answers them. */
    public void apply(OutboundRecord record) {
        switch (record) {
            case OutboundRecord.Write w -> write(w);
            case OutboundRecord.Read r -> {
            }
            case OutboundRecord.EraseAllUnprotected e -> eraseAllUnprotected();
            case OutboundRecord.WriteStructuredField wsf -> {
                for (StructuredField field : wsf.fields()) {
                    if (field instanceof StructuredField.EraseReset er) {
                        erase(er.alternate());
                    }
                }
            }
        }
    }

    /** Clears the buffer and selects the default or alternate size, as EW, EWA and CLEAR do. */
    public void erase(boolean alternate) {
        rows = alternate ? type.alternateRows() : type.rows();
        columns = alternate ? type.alternateColumns() : type.columns();
        size = rows * columns;
        Arrays.fill(chars, (byte) 0);
        Arrays.fill(fieldAttribute, NO_FIELD);
        Arrays.fill(fieldColor, (byte) 0);
        Arrays.fill(fieldHighlight, (byte) 0);
        Arrays.fill(cellColor, (byte) 0);
        Arrays.fill(cellHighlight, (byte) 0);
        Arrays.fill(graphicEscape, false);
        fieldCount = 0;
        cursor = 0;
    }

    private void write(OutboundRecord.Write w) {
        int address = cursor;
        if (w.command() != Command.WRITE) {
            erase(w.command() == Command.ERASE_WRITE_ALTERNATE);
            address = 0;
        }
        Wcc wcc = w.wcc();
        if (wcc.resetModified() && w.command() == Command.WRITE) {
            resetModified();
        }
        new WriteState(address).run(w.orders());
        if (wcc.keyboardRestore()) {
            keyboardLocked = false;
            aid = Aid.NO_AID;
        }
        alarm |= wcc.soundAlarm();
    }

    /** The state of one write: the current buffer address and character attribute. */
    private final class WriteState {
        private int address;
        private byte color;
        private byte highlight;
        private boolean afterText;

        WriteState(int address) {
            this.address = address;
        }

        void run(List<Order> orders) {
            for (Order order : orders) {
                apply(order);
                afterText = order instanceof Order.Text;
            }
        }

        private void apply(Order order) {
            switch (order) {
                case Order.Text t -> {
                    for (int i = 0, n = t.length(); i < n; i++) {
                        put(address, t.byteAt(i), false, color, highlight);
                        address = next(address);
                    }
                }
                case Order.StartField sf -> {
                    setField(address, sf.attribute(), 0, 0);
                    address = next(address);
                }
                case Order.StartFieldExtended sfe -> {
                    setField(address, 0x40, 0, 0);
                    modifyField(address, sfe.attributes());
                    address = next(address);
                }
                case Order.SetBufferAddress sba -> address = checked(sba.address(), "SBA");
                case Order.SetAttribute sa -> setCharacterAttribute(sa.attribute());
                case Order.ModifyField mf -> {
                    if (fieldAttribute[address] != NO_FIELD) {
                        modifyField(address, mf.attributes());
                        address = next(address);
                    }
                }
                case Order.InsertCursor ic -> cursor = address;
                case Order.ProgramTab pt -> address = programTab(address, afterText);
                case Order.RepeatToAddress ra -> {
                    int stop = checked(ra.address(), "RA");
                    do {
                        put(address, ra.character(), ra.graphicEscape(), color, highlight);
                        address = next(address);
                    } while (address != stop);
                }
                case Order.EraseUnprotectedToAddress eua -> address = eraseUnprotected(address, checked(eua.address(), "EUA"));
                case Order.GraphicEscape ge -> {
                    put(address, ge.character(), true, color, highlight);
                    address = next(address);
                }
            }
        }

        private void setCharacterAttribute(Attribute attribute) {
            if (attribute.type() == AttributeType.ALL.wireCode()) {
                color = 0;
                highlight = 0;
            } else if (attribute.type() == AttributeType.FOREGROUND.wireCode()) {
                color = (byte) attribute.value();
            } else if (attribute.type() == AttributeType.HIGHLIGHTING.wireCode()) {
                highlight = (byte) attribute.value();
            }
        }
    }

    private int checked(int address, String order) {
        if (address >= size) {
            throw new DataStreamException(order + " address: " + address + " (expected: below " + size + ")");
        }
        return address;
    }

    private void modifyField(int address, List<Attribute> attributes) {
        for (Attribute a : attributes) {
            if (a.type() == AttributeType.BASIC.wireCode()) {
                fieldAttribute[address] = a.value();
            } else if (a.type() == AttributeType.FOREGROUND.wireCode()) {
                fieldColor[address] = (byte) a.value();
            } else if (a.type() == AttributeType.HIGHLIGHTING.wireCode()) {
                fieldHighlight[address] = (byte) a.value();
            }
        }
    }

    private int programTab(int address, boolean afterText) {
        if (afterText) {
            for (int a = address; fieldAttribute[a] == NO_FIELD; ) {
                chars[a] = 0;
                a = next(a);
                if (a == 0) {
                    break;
                }
            }
        }
        for (int a = address; ; ) {
            if (fieldAttribute[a] != NO_FIELD && !FieldAttribute.isProtected(fieldAttribute[a])) {
                return next(a);
            }
            a = next(a);
            if (a == 0) {
                return 0;
            }
        }
    }

    private int eraseUnprotected(int address, int stop) {
        int attribute = fieldAttributeFor(address);
        do {
            if (fieldAttribute[address] != NO_FIELD) {
                attribute = fieldAttribute[address];
            } else if (attribute == NO_FIELD || !FieldAttribute.isProtected(attribute)) {
                chars[address] = 0;
            }
            address = next(address);
        } while (address != stop);
        return stop;
    }

    private void eraseAllUnprotected() {
        if (fieldCount == 0) {
            erase(rows != type.rows() || columns != type.columns());
        } else {
            eraseUnprotected(0, 0);
            resetModified();
            cursor = nextUnprotectedStart(size - 1);
            if (cursor < 0) {
                cursor = 0;
            }
        }
        keyboardLocked = false;
    }

    private void resetModified() {
        for (int a = 0; a < size; a++) {
            if (fieldAttribute[a] != NO_FIELD) {
                fieldAttribute[a] = FieldAttribute.withModified(fieldAttribute[a], false);
            }
        }
    }

    private void put(int address, int character, boolean escaped, byte color, byte highlight) {
        if (fieldAttribute[address] != NO_FIELD) {
            fieldAttribute[address] = NO_FIELD;
            fieldCount--;
        }
        chars[address] = (byte) character;
        graphicEscape[address] = escaped;
        cellColor[address] = color;
        cellHighlight[address] = highlight;
    }

    private void setField(int address, int attribute, int color, int highlight) {
        if (fieldAttribute[address] == NO_FIELD) {
            fieldCount++;
        }
        fieldAttribute[address] = attribute & 0xFF;
        fieldColor[address] = (byte) color;
        fieldHighlight[address] = (byte) highlight;
        chars[address] = 0;
        graphicEscape[address] = false;
    }

    // ---- what the terminal sends back ----

    /** The inbound record of an AID key or a Read Modified (All) command. */
    public InboundRecord readModified(Aid aid, boolean all) {
        this.aid = aid;
        if (aid.isShortRead() && !all) {
            return new InboundRecord.ShortRead(aid);
        }
        List<Order> orders = new ArrayList<>();
        if (fieldCount == 0) {
            appendData(orders, 0, size, false);
        } else {
            for (int a = 0; a < size; a++) {
                if (fieldAttribute[a] != NO_FIELD && FieldAttribute.isModified(fieldAttribute[a])) {
                    Field field = fieldFrom(a);
                    orders.add(new Order.SetBufferAddress(field.start()));
                    appendData(orders, field.start(), field.length(), false);
                }
            }
        }
        return new InboundRecord.Read(aid, cursor, orders);
    }

    /** The inbound record of a Read Buffer command: every cell, SF at each field attribute. */
    public InboundRecord readBuffer(Aid aid) {
        this.aid = aid;
        List<Order> orders = new ArrayList<>();
        int runStart = 0;
        for (int a = 0; a < size; a++) {
            if (fieldAttribute[a] != NO_FIELD) {
                appendData(orders, runStart, a - runStart, true);
                orders.add(new Order.StartField(fieldAttribute[a]));
                runStart = a + 1;
            }
        }
        appendData(orders, runStart, size - runStart, true);
        return new InboundRecord.Read(aid, cursor, orders);
    }

    /** Adds the characters of a run as Text and GE orders; nulls are dropped unless kept. */
    private void appendData(List<Order> orders, int start, int length, boolean keepNulls) {
        byte[] run = new byte[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            int a = (start + i) % size;
            int c = chars[a] & 0xFF;
            if (graphicEscape[a] || OrderCode.ofByte(c) != null) {
                n = flush(orders, run, n);
                orders.add(new Order.GraphicEscape(c));
            } else if (c != 0 || keepNulls) {
                run[n++] = (byte) c;
            }
        }
        flush(orders, run, n);
    }

    private static int flush(List<Order> orders, byte[] run, int n) {
        if (n > 0) {
            orders.add(new Order.Text(Arrays.copyOf(run, n)));
        }
        return 0;
    }

    /**
     * Applies what a terminal sent, so that the host's mirror matches the terminal: SBA+text
     * replaces a field's contents and sets its MDT (Read Modified); SF+text rebuilds the buffer
     * (Read Buffer); CLEAR erases to the default size.
     */
    public void applyInbound(InboundRecord record) {
        switch (record) {
            case InboundRecord.ShortRead s -> {
                if (s.aid() == Aid.CLEAR) {
                    erase(false);
                }
            }
            case InboundRecord.StructuredFields sf -> {
            }
            case InboundRecord.Read r -> {
                int address = 0;
                for (Order order : r.orders()) {
                    address = applyInbound(order, address);
                }
                cursor = Math.min(r.cursor(), size - 1);
            }
        }
        keyboardLocked = true;
    }

    private int applyInbound(Order order, int address) {
        switch (order) {
            case Order.SetBufferAddress sba -> {
                address = checked(sba.address(), "SBA");
                int attributeAddress = previous(address);
                if (fieldAttribute[attributeAddress] != NO_FIELD) {
                    fieldAttribute[attributeAddress] = FieldAttribute.withModified(fieldAttribute[attributeAddress], true);
                    for (int a = address; fieldAttribute[a] == NO_FIELD && a != attributeAddress; a = next(a)) {
                        chars[a] = 0;
                    }
                }
                return address;
            }
            case Order.Text t -> {
                for (int i = 0, n = t.length(); i < n; i++) {
                    put(address, t.byteAt(i), false, (byte) 0, (byte) 0);
                    address = next(address);
                }
                return address;
            }
            case Order.GraphicEscape ge -> {
                put(address, ge.character(), true, (byte) 0, (byte) 0);
                return next(address);
            }
            case Order.StartField sf -> {
                setField(address, sf.attribute(), 0, 0);
                return next(address);
            }
            case Order.StartFieldExtended sfe -> {
                setField(address, 0x40, 0, 0);
                modifyField(address, sfe.attributes());
                return next(address);
            }
            case Order.SetAttribute sa -> {
                return address;
            }
            case Order.ModifyField mf -> {
                return address;
            }
            case Order.InsertCursor ic -> {
                return address;
            }
            case Order.ProgramTab pt -> {
                return address;
            }
            case Order.RepeatToAddress ra -> {
                return address;
            }
            case Order.EraseUnprotectedToAddress eua -> {
                return address;
            }
        }
    }

    // ---- looking at the buffer ----

    public int next(int address) {
        return address + 1 == size ? 0 : address + 1;
    }

    public int previous(int address) {
        return address == 0 ? size - 1 : address - 1;
    }

    /** The raw EBCDIC byte at an address (0 for a null or a field attribute). */
    public int charAt(int address) {
        return chars[address] & 0xFF;
    }

    public boolean isFieldAttribute(int address) {
        return fieldAttribute[address] != NO_FIELD;
    }

    /** Address of the attribute of the field holding {@code address}, or -1 when unformatted. */
    public int fieldStartFor(int address) {
        if (fieldCount == 0) {
            return NO_FIELD;
        }
        int a = address;
        while (fieldAttribute[a] == NO_FIELD) {
            a = previous(a);
        }
        return a;
    }

    /** The attribute of the field holding {@code address}, or -1 when unformatted. */
    public int fieldAttributeFor(int address) {
        int start = fieldStartFor(address);
        return start == NO_FIELD ? NO_FIELD : fieldAttribute[start];
    }

    /** True when the operator may not type at {@code address}. */
    public boolean isProtectedAt(int address) {
        if (fieldAttribute[address] != NO_FIELD) {
            return true;
        }
        int attribute = fieldAttributeFor(address);
        return attribute != NO_FIELD && FieldAttribute.isProtected(attribute);
    }

    /** Sets the MDT of the field holding {@code address}. */
    public void setModified(int address) {
        int start = fieldStartFor(address);
        if (start != NO_FIELD) {
            fieldAttribute[start] = FieldAttribute.withModified(fieldAttribute[start], true);
        }
    }

    /** Stores one character typed by the operator (no field checks: see {@link Keyboard}). */
    public void putCharacter(int address, int ebcdic) {
        put(address, ebcdic, false, (byte) 0, (byte) 0);
    }

    /** First character address of the next unprotected field after {@code address}, or -1. */
    public int nextUnprotectedStart(int address) {
        if (fieldCount == 0) {
            return NO_FIELD;
        }
        int a = next(address);
        for (int i = 0; i < size; i++, a = next(a)) {
            if (fieldAttribute[a] != NO_FIELD && !FieldAttribute.isProtected(fieldAttribute[a])
                    && fieldAttribute[next(a)] == NO_FIELD) {
                return next(a);
            }
        }
        return NO_FIELD;
    }

    /** The fields in buffer order, starting from the first attribute. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(fieldCount);
        for (int a = 0; a < size; a++) {
            if (fieldAttribute[a] != NO_FIELD) {
                fields.add(fieldFrom(a));
            }
        }
        return fields;
    }

    /** The field holding an address, or null on an unformatted screen. */
    public Field fieldAt(int address) {
        int start = fieldStartFor(address);
        return start == NO_FIELD ? null : fieldFrom(start);
    }

    /** The field whose attribute is at {@code attributeAddress}. */
    private Field fieldFrom(int attributeAddress) {
        int start = next(attributeAddress);
        int end = start;
        while (fieldAttribute[end] == NO_FIELD) {
            end = next(end);
        }
        return new Field(attributeAddress, start, Math.floorMod(end - start, size), fieldAttribute[attributeAddress],
                Color.fromWire(fieldColor[attributeAddress]), Highlight.fromWire(fieldHighlight[attributeAddress]));
    }

    /** A field's characters as text, nulls as blanks, trailing blanks kept. */
    public String fieldText(Field field, Ebcdic codePage) {
        return text(field.start(), field.length(), codePage, false);
    }

    /** Characters from an address, field attributes and nulls shown as blanks; hidden fields optional. */
    public String text(int address, int length, Ebcdic codePage, boolean blankHidden) {
        StringBuilder out = new StringBuilder(length);
        int attribute = blankHidden ? fieldAttributeFor(address) : NO_FIELD;
        for (int i = 0, a = address; i < length; i++, a = next(a)) {
            if (fieldAttribute[a] != NO_FIELD) {
                attribute = fieldAttribute[a];
                out.append(' ');
            } else if (chars[a] == 0 || blankHidden && attribute != NO_FIELD && FieldAttribute.isHidden(attribute)) {
                out.append(' ');
            } else {
                out.append(codePage.toChar(chars[a]));
            }
        }
        return out.toString();
    }

    /** One row as the operator sees it (hidden fields blank). */
    public String row(int row, Ebcdic codePage) {
        return text(row * columns, columns, codePage, true);
    }

    /** The color a cell shows in: its own SA color, else its field's, else DEFAULT. */
    public Color colorAt(int address) {
        if (cellColor[address] != 0) {
            return Color.fromWire(cellColor[address]);
        }
        int start = fieldStartFor(address);
        return start == NO_FIELD ? Color.DEFAULT : Color.fromWire(fieldColor[start]);
    }

    /** The highlighting a cell shows with: its own SA value, else its field's, else DEFAULT. */
    public Highlight highlightAt(int address) {
        if (cellHighlight[address] != 0) {
            return Highlight.fromWire(cellHighlight[address]);
        }
        int start = fieldStartFor(address);
        return start == NO_FIELD ? Highlight.DEFAULT : Highlight.fromWire(fieldHighlight[start]);
    }
}
