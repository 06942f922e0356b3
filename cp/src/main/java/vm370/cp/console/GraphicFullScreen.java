package vm370.cp.console;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import vm370.cp.vm.FullScreenConsole;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.BufferAddress;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.InboundRecord;

/**
 * A 3270 session's full-screen side for DIAGNOSE X'58': the guest's first write takes the screen
 * from CP's console, the user's keys go to the guest (a Read Modified of the screen), and PA1 or
 * {@link #release} gives the screen back to CP, which redraws its console.
 */
final class GraphicFullScreen implements FullScreenConsole {

    /** What a waiting read gets when the terminal or the user leaves full-screen mode. */
    private static final byte[] LEFT = new byte[0];

    private final Display3270Terminal terminal;
    private final GraphicConsole console;
    private final BlockingQueue<byte[]> keys = new LinkedBlockingQueue<>();
    private volatile boolean owned;

    GraphicFullScreen(Display3270Terminal terminal, GraphicConsole console) {
        this.terminal = terminal;
        this.console = console;
    }

    /** True while a guest's full screen is up. */
    boolean owns() {
        return owned;
    }

    @Override
    public boolean available() {
        return terminal.isConnected();
    }

    @Override
    public int rows() {
        return terminal.type().rows();
    }

    @Override
    public int columns() {
        return terminal.type().columns();
    }

    @Override
    public boolean write(byte[] stream) {
        try {
            var record = DataStreamCodec.decodeOutbound(stream, 0, stream.length);
            keys.clear();
            owned = true;
            return terminal.write(record);
        } catch (DataStreamException e) {
            return false;
        }
    }

    @Override
    public Optional<byte[]> read() throws InterruptedException {
        if (!owned || !terminal.isConnected()) {
            return Optional.empty();
        }
        byte[] inbound = keys.take();
        return inbound == LEFT ? Optional.empty() : Optional.of(inbound);
    }

    @Override
    public void release() {
        if (owned) {
            owned = false;
            keys.offer(LEFT);
            console.redrawAfterFullScreen();
        }
    }

    /** A key while the guest owns the screen (on the terminal's thread): PA1 leaves for CP. */
    void attention(DisplayInput.Attention attention) {
        Aid aid = attention.aid();
        if (aid == Aid.PA1) {
            release();
            console.pa1();
            return;
        }
        InboundRecord record = aid.isShortRead() ? new InboundRecord.ShortRead(aid)
                : terminal.screen().readModified(aid, false);
        keys.offer(DataStreamCodec.toBytes(record,
                BufferAddress.AddressMode.forBufferSize(terminal.type().size())));
    }

    /** The terminal went away: a waiting read returns empty. */
    void disconnected() {
        owned = false;
        keys.offer(LEFT);
    }
}
