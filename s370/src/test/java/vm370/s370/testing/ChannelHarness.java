package vm370.s370.testing;

import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelSubsystem;
import vm370.s370.channel.Csw;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.InputOutputUnit;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.EventScheduler;

/**
 * A CPU's I/O side without running instructions: storage, a channel subsystem, helpers to lay out
 * CAW and CCWs, issue the I/O instructions, let simulated time pass and take interruptions.
 */
public final class ChannelHarness {

    public final MainStorage storage;
    public final Cpu cpu;
    public final ChannelSubsystem channels;

    public ChannelHarness() {
        this(64 * 1024);
    }

    public ChannelHarness(int size) {
        storage = new MainStorage(size);
        cpu = new Cpu(storage);
        channels = new ChannelSubsystem(cpu);
        cpu.attachIo(channels);
    }

    public ChannelHarness attach(int address, ChannelDevice device) {
        channels.attach(address, device);
        return this;
    }

    /** Writes a CCW at {@code at}. */
    public ChannelHarness ccw(int at, int command, int address, int flags, int count) {
        storage.write(at, 8, Ccw.encode(command, address, flags, count));
        return this;
    }

    /** Sets the CAW at 72: key and CCW address. */
    public ChannelHarness caw(int key, int address) {
        storage.write(72, 4, (long) key << 28 | address);
        return this;
    }

    public ChannelHarness bytes(int at, byte... data) {
        storage.writeBytes(at, data, 0, data.length);
        return this;
    }

    public byte[] bytes(int at, int length) {
        byte[] b = new byte[length];
        storage.readBytes(at, b, 0, length);
        return b;
    }

    public int startIo(int device) {
        return channels.startIo(cpu, device, false);
    }

    public int testIo(int device) {
        return channels.testIo(cpu, device);
    }

    /** Lets simulated time run until no channel or device event is left. */
    public ChannelHarness settle() {
        EventScheduler s = cpu.scheduler();
        for (int i = 0; s.hasEvents(); i++) {
            if (i > 1_000_000) {
                throw new IllegalStateException("channel events never settle");
            }
            s.advanceTo(s.nextDue());
        }
        return this;
    }

    /** Runs at most {@code events} scheduled events. */
    public ChannelHarness step(int events) {
        EventScheduler s = cpu.scheduler();
        for (int i = 0; i < events && s.hasEvents(); i++) {
            s.advanceTo(s.nextDue());
        }
        return this;
    }

    /** The CSW at location 64. */
    public Csw csw() {
        return Csw.decode(storage.read(64, 8));
    }

    /** Takes the next interruption on any channel, or null. */
    public InputOutputUnit.IoInterruption interruption() {
        return channels.acceptInterruption(0xFFFFFFFF);
    }

    /** Takes the next interruption and decodes its CSW; fails when there is none. */
    public Csw takeCsw(int expectedDevice) {
        InputOutputUnit.IoInterruption i = interruption();
        if (i == null) {
            throw new AssertionError("no I/O interruption pending");
        }
        if (i.deviceAddress() != expectedDevice) {
            throw new AssertionError(String.format("interruption from %03X (expected %03X)", i.deviceAddress(), expectedDevice));
        }
        return Csw.decode(i.csw());
    }
}
