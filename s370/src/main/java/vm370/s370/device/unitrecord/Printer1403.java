package vm370.s370.device.unitrecord;

import java.io.IOException;
import java.io.Writer;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.s370.text.Ebcdic;

/**
 * The 1403 printer: write with carriage control after printing (no space, space 1-3 lines, skip
 * to channel 1-12), the same spacing and skipping as immediate commands, UCS load (accepted),
 * no-operation and sense. Lines go to a host text stream without trailing blanks; spacing becomes
 * newlines, a skip to channel 1 a form feed. Spacing past the channel-12 line gives unit exception.
 * @see "IBM 1403 Printer Component Description, GA24-3073"
 */
public final class Printer1403 extends BasicDevice {

    private static final int LOAD_UCS_BUFFER = 0xF3;
    private static final int UCS_GATE_LOAD = 0xFB;

    private final Writer out;
    private final Ebcdic codePage;
    private final int pageLength;
    /** The line each carriage-control channel (1-12) stops at; 0 where the tape has no punch. */
    private final int[] channelLine = new int[13];
    /** The line the carriage is at, 1 to {@link #pageLength}. */
    private int line = 1;

    /** A printer with a 66-line page, channel 1 at line 1 and channel 12 (overflow) at line 60. */
    public Printer1403(Writer out, Ebcdic codePage) {
        super(1);
        this.out = out;
        this.codePage = codePage;
        this.pageLength = 66;
        channelLine[1] = 1;
        channelLine[12] = 60;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if (command == NO_OPERATION || command == UCS_GATE_LOAD) {
            return UnitStatus.END;
        }
        if (command == LOAD_UCS_BUFFER) {
            port.read(new byte[ccw.count()], 0, ccw.count());
            port.end(UnitStatus.END);
            return UnitStatus.NONE;
        }
        int carriage = command & 0x07;
        int motion = command & 0xF8;
        if ((carriage != 0x01 && carriage != 0x03) || !validMotion(motion)) {
            return reject();
        }
        StringBuilder text = new StringBuilder();
        if (carriage == 0x01) {
            byte[] data = new byte[ccw.count()];
            int n = port.read(data, 0, data.length);
            text.append(codePage.decode(data, 0, n).stripTrailing());
        }
        boolean overflow = move(motion, text);
        UnitStatus status;
        try {
            out.write(text.toString());
            out.flush();
            status = overflow ? UnitStatus.EXCEPTION : UnitStatus.END;
        } catch (IOException e) {
            status = unitCheck(EQUIPMENT_CHECK, 0);
        }
        if (carriage == 0x03) {
            return status;
        }
        port.end(status);
        return UnitStatus.NONE;
    }

    /** 0: no motion; 08/10/18: space 1-3; 88-E0: skip to channel 1-12. */
    private static boolean validMotion(int motion) {
        if (motion < 0x80) {
            return motion <= 0x18;
        }
        int channel = motion >>> 3 & 0x0F;
        return channel >= 1 && channel <= 12;
    }

    /** Carriage motion after the line; true when the carriage passed the channel-12 (overflow) line. */
    private boolean move(int motion, StringBuilder text) {
        if (motion == 0) {
            if (!text.isEmpty()) {
                text.append('\r');
            }
            return false;
        }
        if (motion < 0x80) {
            boolean overflow = false;
            for (int i = 0; i < motion >>> 3; i++) {
                text.append('\n');
                line = line % pageLength + 1;
                overflow |= line == channelLine[12];
            }
            return overflow;
        }
        int target = channelLine[motion >>> 3 & 0x0F];
        if (target <= 1) {
            if (line != 1 || !text.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append('\f');
            }
            line = 1;
            return false;
        }
        do {
            text.append('\n');
            line = line % pageLength + 1;
        } while (line != target);
        return false;
    }

    @Override
    public String describe() {
        return "1403 printer, line " + line;
    }
}
