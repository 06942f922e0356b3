package vm370.s370.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;

/**
 * A device whose commands a test scripts: by default writes (low bits 01) take every byte the
 * channel gives, reads (10) give the bytes queued with {@link #input}, and 03 is an immediate NOP.
 */
public final class ScriptedDevice implements ChannelDevice {

    /** What the device does for one command. */
    @FunctionalInterface
    public interface Behaviour {
        UnitStatus start(Ccw ccw, ChannelPort port);
    }

    public final List<Ccw> commands = new ArrayList<>();
    public final ByteArrayOutputStream written = new ByteArrayOutputStream();
    public final List<Boolean> chained = new ArrayList<>();
    private final Map<Integer, Behaviour> behaviours = new HashMap<>();
    private byte[] input = new byte[0];
    public byte[] sense = {0};
    public ChannelPort port;
    public int halts;

    public ScriptedDevice on(int command, Behaviour behaviour) {
        behaviours.put(command, behaviour);
        return this;
    }

    public ScriptedDevice input(byte... bytes) {
        input = bytes;
        return this;
    }

    @Override
    public UnitStatus startCommand(Ccw ccw, ChannelPort port) {
        commands.add(ccw);
        chained.add(port.chained());
        Behaviour b = behaviours.get(ccw.command());
        if (b != null) {
            return b.start(ccw, port);
        }
        if (ccw.command() == 0x03) {
            return UnitStatus.END;
        }
        if ((ccw.command() & 0x03) == 0x01) {
            int v;
            while ((v = port.readByte()) >= 0) {
                written.write(v);
            }
        } else {
            port.write(input, 0, input.length);
        }
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    @Override
    public void halt() {
        halts++;
    }

    @Override
    public void reset() {
    }

    @Override
    public byte[] sense() {
        return sense.clone();
    }

    @Override
    public String describe() {
        return "scripted device";
    }

    @Override
    public void connect(ChannelPort port) {
        this.port = port;
    }
}
