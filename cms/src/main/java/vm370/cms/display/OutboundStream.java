package vm370.cms.display;

import java.io.ByteArrayOutputStream;
import vm370.s370.device.display.BufferAddress;
import vm370.s370.text.Ebcdic;

/**
 * Builds an outbound 3270 data stream: a write command and WCC, then orders and EBCDIC text.
 * Uses the remote (SNA/TN3270) command codes, which local and remote 3270s both take.
 */
public final class OutboundStream {

    public static final int WRITE = 0xF1;
    public static final int ERASE_WRITE = 0xF5;
    /** WCC: reset, keyboard restore, reset MDTs. */
    public static final int WCC_RESTORE = 0xC3;
    /** WCC: as {@link #WCC_RESTORE}, and sound the alarm. */
    public static final int WCC_ALARM = 0xC7;

    private static final int SF = 0x1D;
    private static final int SBA = 0x11;
    private static final int IC = 0x13;
    private static final int RA = 0x3C;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private final int columns;
    private final int size;
    private final Ebcdic ebcdic;
    private final byte[] address = new byte[2];

    /** A stream for a screen of {@code rows} by {@code columns}, starting with a command and WCC. */
    public OutboundStream(int rows, int columns, int command, int wcc, Ebcdic ebcdic) {
        this.columns = columns;
        this.size = rows * columns;
        this.ebcdic = ebcdic;
        out.write(command);
        out.write(wcc);
    }

    /** SBA: the next order or text goes to row, column (0-origin). */
    public OutboundStream at(int row, int column) {
        out.write(SBA);
        addressOf(row * columns + column);
        return this;
    }

    /** SF: a field attribute at the current address; text after it is the field's. */
    public OutboundStream field(FieldAttribute attribute) {
        out.write(SF);
        out.write(attribute.code());
        return this;
    }

    /** IC: the cursor goes to the current address. */
    public OutboundStream cursor() {
        out.write(IC);
        return this;
    }

    /** RA: repeats {@code c} up to (not including) row, column. */
    public OutboundStream repeatTo(int row, int column, char c) {
        out.write(RA);
        addressOf(row * columns + column);
        out.write(ebcdic.toByte(c, (byte) 0x6F));
        return this;
    }

    /** Text, in EBCDIC; characters the code page lacks become '?'. */
    public OutboundStream text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.write(c < ' ' ? 0x40 : ebcdic.toByte(c, (byte) 0x6F));
        }
        return this;
    }

    private void addressOf(int a) {
        BufferAddress.encode(a, size, address, 0);
        out.write(address, 0, 2);
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}
