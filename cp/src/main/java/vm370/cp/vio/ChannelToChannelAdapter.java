package vm370.cp.vio;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;

/**
 * A virtual channel-to-channel adapter (CTCA, 3088 command set), one side of a pair COUPLE joins.
 * A WRITE waits for the other side's READ (and the other side gets attention), a READ waits for the
 * other side's WRITE, and whichever comes second moves the data and ends both; CONTROL gives the
 * other side attention and waits for its SENSE COMMAND BYTE (X'14'), which tells what this side
 * has pending. A WRITE or CONTROL meeting one already pending on the other side gets busy with
 * attention; any command on an uncoupled adapter gets intervention required.
 *
 * <p>Each side runs only on its own machine's thread: a WRITE's data is taken from the writer's
 * storage on its thread, and what completes the other side is posted to the other machine.
 * @vm370 DMKVCA
 * @see "IBM 3088 Multisystem Channel Communication Unit, GA22-7083 (command set of the CTCA)"
 */
public final class ChannelToChannelAdapter extends BasicDevice {

    public static final int WRITE = 0x01;
    public static final int READ = 0x02;
    public static final int CONTROL = 0x07;
    public static final int SENSE_COMMAND_BYTE = 0x14;

    private static final int MAX_DATA = 65_535;

    /** The pair, whose monitor guards both sides' pending commands; null while uncoupled. */
    private volatile Pair pair;
    /** Runs work on this side's machine's thread. */
    private final Consumer<Runnable> owner;
    private final End end;
    private ChannelPort unsolicited;
    private final byte[] buffer = new byte[MAX_DATA];
    /**
     * What a READ or SENSE COMMAND BYTE found for this side's storage: stored after the pair's
     * lock is let go, since storing may wait for a page and must not hold up the other side.
     * Owned by this side's machine thread.
     */
    private byte[] toStore;

    // The command this side has pending, guarded by the pair's monitor.
    private int pending = -1;
    private ChannelPort pendingPort;
    private byte[] pendingData;

    /** Whose adapter this is, at which virtual address: what COUPLE and DETACH messages name. */
    public record End(String userid, int vaddr) { }

    private static final class Pair {
        final ChannelToChannelAdapter a;
        final ChannelToChannelAdapter b;

        Pair(ChannelToChannelAdapter a, ChannelToChannelAdapter b) {
            this.a = a;
            this.b = b;
        }

        ChannelToChannelAdapter other(ChannelToChannelAdapter side) {
            return side == a ? b : a;
        }
    }

    /**
     * The adapter {@code end} names, whose completions from the other side run through {@code owner}
     * (its machine's {@code perform}).
     */
    public ChannelToChannelAdapter(End end, Consumer<Runnable> owner) {
        super(1);
        this.end = end;
        this.owner = owner;
    }

    public End end() {
        return end;
    }

    /** The other side's end while coupled. */
    public Optional<End> peer() {
        Pair p = pair;
        return p == null ? Optional.empty() : Optional.of(p.other(this).end);
    }

    /** Joins two uncoupled adapters (COUPLE); false when either is coupled already. */
    public static boolean couple(ChannelToChannelAdapter a, ChannelToChannelAdapter b) {
        if (a == b) {
            return false;
        }
        Object first = System.identityHashCode(a) <= System.identityHashCode(b) ? a : b;
        Object second = first == a ? b : a;
        synchronized (first) {
            synchronized (second) {
                if (a.pair != null || b.pair != null) {
                    return false;
                }
                Pair pair = new Pair(a, b);
                a.pair = pair;
                b.pair = pair;
                return true;
            }
        }
    }

    /** True while joined to another adapter. */
    public boolean coupled() {
        return pair != null;
    }

    /**
     * Drops the connection (DETACH of either side, LOGOFF): commands pending on either side end
     * with unit check, intervention required.
     */
    public void uncouple() {
        Pair p = pair;
        if (p == null) {
            return;
        }
        synchronized (p) {
            for (ChannelToChannelAdapter side : new ChannelToChannelAdapter[] {p.a, p.b}) {
                side.pair = null;
                side.failPending();
            }
        }
    }

    private void failPending() {
        if (pending >= 0) {
            ChannelPort port = pendingPort;
            clearPending();
            owner.accept(() -> {
                sense[0] = (byte) INTERVENTION_REQUIRED;
                port.end(UnitStatus.CHECK);
            });
        }
    }

    @Override
    public void connect(ChannelPort port) {
        this.unsolicited = port;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if (command == NO_OPERATION) {
            return UnitStatus.END;
        }
        if (command != WRITE && command != READ && command != CONTROL && command != SENSE_COMMAND_BYTE) {
            return reject();
        }
        int length = command == WRITE ? port.read(buffer, 0, buffer.length) : 0;
        Pair p = pair;
        if (p == null) {
            return unitCheck(INTERVENTION_REQUIRED, 0);
        }
        UnitStatus status;
        synchronized (p) {
            if (pair != p) {
                return unitCheck(INTERVENTION_REQUIRED, 0);
            }
            ChannelToChannelAdapter other = p.other(this);
            status = switch (command) {
                case WRITE -> write(other, port, Arrays.copyOf(buffer, length));
                case READ -> read(other, port);
                case CONTROL -> control(other, port);
                default -> senseCommandByte(other);
            };
        }
        if (toStore != null) {
            port.write(toStore, 0, toStore.length);
            toStore = null;
        }
        return status;
    }

    private UnitStatus write(ChannelToChannelAdapter other, ChannelPort port, byte[] data) {
        if (other.pending == READ) {
            ChannelPort reader = other.pendingPort;
            other.clearPending();
            other.owner.accept(() -> {
                reader.write(data, 0, data.length);
                reader.end(UnitStatus.END);
            });
            return UnitStatus.END;
        }
        if (other.pending >= 0) {
            return UnitStatus.BUSY.with(UnitStatus.ATTENTION);
        }
        hold(WRITE, port, data);
        other.signalAttention();
        return UnitStatus.NONE;
    }

    private UnitStatus read(ChannelToChannelAdapter other, ChannelPort port) {
        if (other.pending == WRITE) {
            ChannelPort writer = other.pendingPort;
            byte[] data = other.pendingData;
            other.clearPending();
            toStore = data;
            other.owner.accept(() -> writer.end(UnitStatus.END));
            return UnitStatus.END;
        }
        if (other.pending == CONTROL) {
            other.completePending();
        }
        boolean otherIdle = other.pending < 0;
        hold(READ, port, null);
        if (otherIdle) {
            other.signalAttention();
        }
        return UnitStatus.NONE;
    }

    private UnitStatus control(ChannelToChannelAdapter other, ChannelPort port) {
        if (other.pending == READ) {
            return UnitStatus.END;
        }
        if (other.pending >= 0) {
            return UnitStatus.BUSY.with(UnitStatus.ATTENTION);
        }
        hold(CONTROL, port, null);
        other.signalAttention();
        return UnitStatus.NONE;
    }

    private UnitStatus senseCommandByte(ChannelToChannelAdapter other) {
        toStore = new byte[] {(byte) Math.max(other.pending, 0)};
        if (other.pending == CONTROL) {
            other.completePending();
        }
        return UnitStatus.END;
    }

    private void hold(int command, ChannelPort port, byte[] data) {
        pending = command;
        pendingPort = port;
        pendingData = data;
    }

    private void clearPending() {
        pending = -1;
        pendingPort = null;
        pendingData = null;
    }

    /** Ends this side's pending command with channel end and device end, on its own thread. */
    private void completePending() {
        ChannelPort port = pendingPort;
        clearPending();
        owner.accept(() -> port.end(UnitStatus.END));
    }

    private void signalAttention() {
        ChannelPort port = unsolicited;
        if (port != null) {
            owner.accept(port::attention);
        }
    }

    /** HALT I/O or HALT DEVICE: the pending command ends now, with nothing moved. */
    @Override
    public void halt() {
        Pair p = pair;
        if (p == null) {
            return;
        }
        ChannelPort port = null;
        synchronized (p) {
            if (pending >= 0) {
                port = pendingPort;
                clearPending();
            }
        }
        if (port != null) {
            port.end(UnitStatus.END);
        }
    }

    @Override
    public void reset() {
        super.reset();
        Pair p = pair;
        if (p != null) {
            synchronized (p) {
                clearPending();
            }
        }
    }

    @Override
    public String describe() {
        return coupled() ? "CTCA, coupled" : "CTCA, not coupled";
    }
}
