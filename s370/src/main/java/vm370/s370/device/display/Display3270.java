package vm370.s370.device.display;

import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.s370.device.SwitchedDevice;

/**
 * A local, channel-attached 3277/3278 display (non-SNA): the channel commands write, erase/write,
 * erase/write alternate, erase all unprotected, write structured field, read buffer, read
 * modified, select, no-operation and sense. The bytes pass unchanged to and from a
 * {@link DisplayTerminal}; an AID key there becomes attention here. Without a terminal the device
 * is not ready: intervention required.
 * @see "IBM 3270 Information Display System Component Description, GA27-2749"
 */
public final class Display3270 extends BasicDevice implements SwitchedDevice {

    public static final int WRITE = 0x01;
    public static final int ERASE_WRITE = 0x05;
    public static final int ERASE_WRITE_ALTERNATE = 0x0D;
    public static final int ERASE_ALL_UNPROTECTED = 0x0F;
    public static final int WRITE_STRUCTURED_FIELD = 0x11;
    public static final int READ_BUFFER = 0x02;
    public static final int READ_MODIFIED = 0x06;
    public static final int SELECT = 0x0B;

    private final String model;
    private DisplayTerminal terminal;
    private ChannelPort port;

    public Display3270(String model) {
        super(1);
        this.model = model;
    }

    /** Connects a screen (null disconnects it); the display becoming ready presents device end. Call on the CPU's thread. */
    public void attach(DisplayTerminal screen) {
        DisplayTerminal old = terminal;
        boolean becameReady = old == null && screen != null;
        this.terminal = screen;
        if (becameReady && port != null) {
            port.unsolicited(UnitStatus.DEVICE_END);
        }
        if (old != null && old != screen) {
            old.released();
        }
    }

    /** True while a screen is attached (the device is ready); a dialed display is taken. */
    @Override
    public boolean attached() {
        return terminal != null;
    }

    @Override
    public void release() {
        attach(null);
    }

    /** An AID key (Enter, PF, PA, Clear) was pressed: present attention. Call on the CPU's thread. */
    public void aid() {
        if (port != null && terminal != null) {
            port.attention();
        }
    }

    @Override
    public void connect(ChannelPort port) {
        this.port = port;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if (command == NO_OPERATION || command == SELECT) {
            return UnitStatus.END;
        }
        boolean write = command == WRITE || command == ERASE_WRITE || command == ERASE_WRITE_ALTERNATE
                || command == ERASE_ALL_UNPROTECTED || command == WRITE_STRUCTURED_FIELD;
        if (!write && command != READ_BUFFER && command != READ_MODIFIED) {
            return reject();
        }
        if (terminal == null) {
            return unitCheck(INTERVENTION_REQUIRED, 0);
        }
        if (write) {
            byte[] data = new byte[command == ERASE_ALL_UNPROTECTED ? 0 : ccw.count()];
            int n = port.read(data, 0, data.length);
            terminal.outbound(command, n == data.length ? data : Arrays.copyOf(data, n));
        } else {
            byte[] data = terminal.inbound(command);
            port.write(data, 0, data.length);
        }
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    @Override
    public String describe() {
        return model + " display" + (terminal == null ? ", not connected" : "");
    }
}
