package vm370.cms.xedit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import vm370.cms.display.AidKey;
import vm370.cms.display.FullScreenTerminal;
import vm370.s370.device.display.BufferAddress;
import vm370.s370.text.Ebcdic;

/**
 * A 3270 display for tests, written from the data stream specification: it decodes outbound
 * streams (EW/W, WCC, SF, SBA, IC, RA, EUA) into a buffer of rows x columns with field attributes
 * and the cursor, lets a test type into unprotected fields (setting their MDT), and answers a key
 * with the Read Modified record a real terminal would send. As a terminal, each read runs the next
 * scripted keyboard action.
 */
final class Model3270 implements FullScreenTerminal {

    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    private final int rows;
    private final int columns;
    private final char[] chars;
    /** -1: a character position; else the attribute byte at that position. */
    private final int[] attribute;
    private int cursor;
    private final Deque<Consumer<Model3270>> script = new ArrayDeque<>();
    private byte[] pending;
    int writes;

    Model3270(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.chars = new char[rows * columns];
        this.attribute = new int[rows * columns];
        java.util.Arrays.fill(attribute, -1);
    }

    /** Queues a keyboard action (typing, then a key) for the next read. */
    Model3270 then(Consumer<Model3270> action) {
        script.add(action);
        return this;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public boolean write(byte[] stream) {
        apply(stream);
        writes++;
        return true;
    }

    @Override
    public Optional<byte[]> read() {
        Consumer<Model3270> next = script.poll();
        if (next == null) {
            return Optional.empty();
        }
        pending = null;
        next.accept(this);
        if (pending == null) {
            throw new IllegalStateException("keyboard action: no key pressed (expected: press or enter)");
        }
        return Optional.of(pending);
    }

    @Override
    public void release() {
    }

    void apply(byte[] s) {
        int command = s[0] & 0xFF;
        if (command == 0xF5 || command == 0x05 || command == 0x7E || command == 0x0D) {
            java.util.Arrays.fill(chars, '\0');
            java.util.Arrays.fill(attribute, -1);
            cursor = 0;
        }
        boolean resetMdt = (s[1] & 0x01) != 0;
        int at = 0;
        int i = 2;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            switch (b) {
                case 0x11 -> {
                    at = BufferAddress.decode(s[i + 1], s[i + 2]);
                    i += 3;
                }
                case 0x1D -> {
                    attribute[at] = s[i + 1] & 0xFF;
                    chars[at] = '\0';
                    at = (at + 1) % chars.length;
                    i += 2;
                }
                case 0x13 -> {
                    cursor = at;
                    i++;
                }
                case 0x3C, 0x12 -> {
                    int to = BufferAddress.decode(s[i + 1], s[i + 2]);
                    char c = b == 0x3C ? EBCDIC.toChar(s[i + 3] & 0xFF) : '\0';
                    do {
                        if (attribute[at] < 0) {
                            chars[at] = c;
                        }
                        at = (at + 1) % chars.length;
                    } while (at != to);
                    i += b == 0x3C ? 4 : 3;
                }
                default -> {
                    attribute[at] = -1;
                    chars[at] = EBCDIC.toChar(b);
                    at = (at + 1) % chars.length;
                    i++;
                }
            }
        }
        if (resetMdt) {
            for (int k = 0; k < attribute.length; k++) {
                if (attribute[k] >= 0) {
                    attribute[k] &= ~1;
                }
            }
        }
    }

    /** Row {@code r} as it shows: attributes and nulls as blanks, trailing blanks removed. */
    String row(int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            int a = r * columns + c;
            b.append(attribute[a] >= 0 || chars[a] == '\0' ? ' ' : chars[a]);
        }
        return b.toString().stripTrailing();
    }

    /** The whole screen, one line per row. */
    String screen() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            b.append(row(r)).append('\n');
        }
        return b.toString();
    }

    int cursorRow() {
        return cursor / columns;
    }

    int cursorColumn() {
        return cursor % columns;
    }

    /** The attribute position governing buffer address {@code a}. */
    private int fieldOf(int a) {
        for (int k = 0; k < chars.length; k++) {
            int p = Math.floorMod(a - k, chars.length);
            if (attribute[p] >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** Types text at row, column as a user would: only into an unprotected field; sets its MDT. */
    Model3270 type(int row, int column, String text) {
        int a = row * columns + column;
        for (int k = 0; k < text.length(); k++, a++) {
            int field = fieldOf(a);
            if (attribute[a] >= 0 || field < 0 || (attribute[field] & 0x20) != 0) {
                throw new IllegalStateException("typing at " + row + "," + (a % columns) + ": protected (keyboard locks)");
            }
            chars[a] = text.charAt(k);
            attribute[field] |= 1;
        }
        cursor = a;
        return this;
    }

    /** ERASE EOF at row, column: nulls to the end of the field. */
    Model3270 eraseEof(int row, int column) {
        int a = row * columns + column;
        int field = fieldOf(a);
        attribute[field] |= 1;
        while (attribute[a] < 0) {
            chars[a] = '\0';
            a = (a + 1) % chars.length;
        }
        return this;
    }

    Model3270 cursorAt(int row, int column) {
        cursor = row * columns + column;
        return this;
    }

    /** Presses a key: the inbound record is a Read Modified of the fields with MDT on. */
    void press(AidKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(key.code());
        if (!key.shortRead()) {
            byte[] address = new byte[2];
            BufferAddress.encode(cursor, chars.length, address, 0);
            out.write(address, 0, 2);
            for (int p = 0; p < chars.length; p++) {
                if (attribute[p] >= 0 && (attribute[p] & 1) != 0) {
                    out.write(0x11);
                    BufferAddress.encode((p + 1) % chars.length, chars.length, address, 0);
                    out.write(address, 0, 2);
                    for (int a = (p + 1) % chars.length; attribute[a] < 0; a = (a + 1) % chars.length) {
                        if (chars[a] != '\0') {
                            out.write(EBCDIC.encode(String.valueOf(chars[a]))[0]);
                        }
                    }
                }
            }
        }
        pending = out.toByteArray();
    }

    void enter() {
        press(AidKey.ENTER);
    }

    /** Types a command on the command line (row 22 of a 24-row screen) and presses ENTER. */
    void command(String text) {
        eraseEof(rows - 2, 7);
        type(rows - 2, 7, text);
        enter();
    }
}
