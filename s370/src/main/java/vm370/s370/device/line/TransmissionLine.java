package vm370.s370.device.line;

import java.util.ArrayDeque;
import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.s370.device.SwitchedDevice;

/**
 * One start/stop line of a 2701, 2702 or 2703 transmission control, switched: Enable waits for a
 * terminal to call in, Disable hangs up, Write sends to the terminal, Read (and Inhibit) takes the
 * next message it sent, Prepare waits until it sends one; sense and no-operation as every device.
 * A message is one line the terminal ended; the terminal's BREAK ends a waiting Read or Prepare
 * (or, when none waits, the next one) with unit exception; without a terminal every data command
 * is intervention required.
 * @see "IBM 2703 Transmission Control Component Description, GA27-2703 (the 2701 and 2702 take the same commands)"
 */
public final class TransmissionLine extends BasicDevice implements SwitchedDevice {

    public static final int WRITE = 0x01;
    public static final int READ = 0x02;
    public static final int PREPARE = 0x06;
    public static final int INHIBIT = 0x0A;
    public static final int ENABLE = 0x27;
    public static final int DISABLE = 0x2F;

    private final String model;
    /** Messages the terminal sent that no read has taken yet, oldest first. */
    private final ArrayDeque<byte[]> received = new ArrayDeque<>();
    private LineStation station;
    /** The Enable waiting for a call, the Read (or Inhibit) and the Prepare waiting for the terminal; null when none. */
    private ChannelPort enabling;
    private ChannelPort reading;
    private ChannelPort preparing;
    /** A BREAK came while no Read or Prepare waited: the next one ends with it. */
    private boolean interrupted;

    /** A line of the given control unit type: {@code 2701}, {@code 2702} or {@code 2703}. */
    public TransmissionLine(String model) {
        super(1);
        this.model = model;
    }

    public String model() {
        return model;
    }

    /**
     * Connects the terminal that called (null hangs up): a waiting Enable ends, and a terminal that
     * goes ends any waiting Read or Prepare with intervention required. Call on the CPU's thread.
     */
    public void attach(LineStation terminal) {
        LineStation old = station;
        station = terminal;
        if (old != terminal) {
            received.clear();
            interrupted = false;
        }
        if (terminal != null && enabling != null) {
            finish(enabling, UnitStatus.END);
        }
        if (terminal == null && (reading != null || preparing != null)) {
            UnitStatus gone = notReady();
            ChannelPort read = reading;
            ChannelPort prepare = preparing;
            reading = null;
            preparing = null;
            finish(read, gone);
            finish(prepare, gone);
        }
        if (old != null && old != terminal) {
            old.released();
        }
    }

    /** True while the program's Enable waits for a terminal to call in. Call on the CPU's thread. */
    public boolean awaitingCall() {
        return enabling != null && station == null;
    }

    /** A message from the terminal (a line it ended): a waiting Read takes it, or it waits for one. Call on the CPU's thread. */
    public void receive(byte[] message) {
        if (station == null) {
            return;
        }
        if (reading != null) {
            ChannelPort read = reading;
            reading = null;
            transfer(read, message);
            return;
        }
        received.add(message);
        if (preparing != null) {
            ChannelPort prepare = preparing;
            preparing = null;
            prepare.end(UnitStatus.END);
        }
    }

    /** The terminal's BREAK: a waiting Read or Prepare, or else the next, ends with unit exception, no data. Call on the CPU's thread. */
    public void interrupt() {
        if (station == null) {
            return;
        }
        interrupted = reading == null && preparing == null;
        ChannelPort read = reading;
        ChannelPort prepare = preparing;
        reading = null;
        preparing = null;
        finish(read, UnitStatus.EXCEPTION);
        finish(prepare, UnitStatus.EXCEPTION);
    }

    @Override
    public boolean attached() {
        return station != null;
    }

    @Override
    public void release() {
        attach(null);
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if (command == NO_OPERATION) {
            return UnitStatus.END;
        }
        if (command == ENABLE) {
            if (station != null) {
                return UnitStatus.END;
            }
            enabling = port;
            return UnitStatus.NONE;
        }
        if (command == DISABLE) {
            attach(null);
            return UnitStatus.END;
        }
        if (command != WRITE && command != READ && command != INHIBIT && command != PREPARE) {
            return reject();
        }
        if (station == null) {
            return notReady();
        }
        if (interrupted && command != WRITE) {
            interrupted = false;
            port.end(UnitStatus.EXCEPTION);
            return UnitStatus.NONE;
        }
        switch (command) {
            case WRITE -> {
                byte[] data = new byte[ccw.count()];
                int n = port.read(data, 0, data.length);
                station.transmit(n == data.length ? data : Arrays.copyOf(data, n));
                port.end(UnitStatus.END);
            }
            case PREPARE -> {
                if (!received.isEmpty()) {
                    return UnitStatus.END;
                }
                preparing = port;
            }
            default -> {
                if (received.isEmpty()) {
                    reading = port;
                } else {
                    transfer(port, received.poll());
                }
            }
        }
        return UnitStatus.NONE;
    }

    private UnitStatus notReady() {
        return unitCheck(INTERVENTION_REQUIRED, 0);
    }

    private static void transfer(ChannelPort port, byte[] message) {
        port.write(message, 0, message.length);
        port.end(UnitStatus.END);
    }

    private void finish(ChannelPort port, UnitStatus status) {
        if (port == enabling) {
            enabling = null;
        }
        if (port != null) {
            port.end(status);
        }
    }

    @Override
    public void halt() {
        ChannelPort enable = enabling;
        ChannelPort read = reading;
        ChannelPort prepare = preparing;
        enabling = null;
        reading = null;
        preparing = null;
        finish(enable, UnitStatus.END);
        finish(read, UnitStatus.END);
        finish(prepare, UnitStatus.END);
    }

    @Override
    public void reset() {
        super.reset();
        enabling = null;
        reading = null;
        preparing = null;
        received.clear();
        interrupted = false;
    }

    @Override
    public String describe() {
        return model + " line" + (station != null ? ", connected" : enabling != null ? ", enabled" : ", disabled");
    }
}
