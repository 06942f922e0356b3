package vm370.s370.machine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelSubsystem;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.CpuComplex;
import vm370.s370.device.console.Console3215;
import vm370.s370.device.dasd.DasdImages;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.unitrecord.CardPunch;
import vm370.s370.device.unitrecord.CardReader;
import vm370.s370.device.unitrecord.Printer1403;
import vm370.s370.ipl.InitialProgramLoad;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.Clock;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * A System/370 without CP: main storage, one or more CPUs sharing it, a channel subsystem on the
 * first CPU and the devices of a configuration. {@link #run} drives CPU 0 on the caller's thread;
 * the others exist for SIGNAL PROCESSOR but stay stopped. Owned by the thread that runs it.
 */
public final class Machine implements Closeable {

    private final MainStorage storage;
    private final CpuComplex cpus;
    private final ChannelSubsystem channels;
    private final Map<Integer, ChannelDevice> devices = new LinkedHashMap<>();
    private final List<Closeable> resources = new ArrayList<>();

    /** A machine whose TOD clock stands still (a manual clock at 0), so runs repeat exactly. */
    public Machine(int storageSize, int processors, List<DeviceConfig> configuration) {
        this(storageSize, processors, new ManualClock(0), configuration);
    }

    /** Builds the machine; an image that cannot be opened fails here with an {@link UncheckedIOException} naming it. */
    public Machine(int storageSize, int processors, Clock clock, List<DeviceConfig> configuration) {
        storage = new MainStorage(storageSize);
        cpus = new CpuComplex(storage, new TodClock(clock), processors, Cpu.STANDARD_FEATURES);
        channels = new ChannelSubsystem(cpus.cpu(0));
        cpus.cpu(0).attachIo(channels);
        for (DeviceConfig d : configuration) {
            ChannelDevice device = build(d);
            channels.attach(d.address(), device);
            devices.put(d.address(), device);
        }
    }

    private ChannelDevice build(DeviceConfig config) {
        return switch (config) {
            case DeviceConfig.Console c -> new Console3215(c.output(), Ebcdic.CP037);
            case DeviceConfig.Reader r -> {
                CardReader reader = new CardReader("2540", r.atEnd());
                reader.load(r.cards());
                yield reader;
            }
            case DeviceConfig.Punch p -> new CardPunch(p.output(), p.ascii() ? Ebcdic.CP037 : null);
            case DeviceConfig.Printer p -> new Printer1403(p.output(), Ebcdic.CP037);
            case DeviceConfig.Dasd d -> {
                try {
                    var volume = DasdImages.open(d.image(), d.fbaType());
                    resources.add(volume);
                    yield volume;
                } catch (IOException e) {
                    throw new UncheckedIOException(d.image() + ": " + e.getMessage(), e);
                }
            }
            case DeviceConfig.Display x -> new Display3270("3278");
        };
    }

    public MainStorage storage() {
        return storage;
    }

    /** CPU 0, the one that runs and that the channels interrupt. */
    public Cpu cpu() {
        return cpus.cpu(0);
    }

    /** All the CPUs; those but CPU 0 start stopped, as after a system reset. */
    public CpuComplex cpus() {
        return cpus;
    }

    public ChannelSubsystem channels() {
        return channels;
    }

    /** The device at an address, or null. */
    public ChannelDevice device(int address) {
        return devices.get(address);
    }

    /** Copies bytes into absolute storage. */
    public void load(byte[] bytes, int address) {
        if (address < 0 || !storage.contains(address) || !storage.contains(address + bytes.length - 1)) {
            throw new IllegalArgumentException(String.format("load of %d bytes at %X (expected: within %d bytes of storage)",
                    bytes.length, address, storage.size()));
        }
        storage.writeBytes(address, bytes, 0, bytes.length);
    }

    /** IPL from a device. */
    public InitialProgramLoad.Outcome ipl(int deviceAddress) {
        return InitialProgramLoad.load(cpu(), channels, deviceAddress);
    }

    /** Runs CPU 0 until a disabled wait or {@code maxInstructions}, then reports the state and the storage asked for. */
    public RunResult run(long maxInstructions, Map<Integer, Integer> dumps) {
        Cpu cpu = cpu();
        cpu.run(maxInstructions);
        Map<Integer, byte[]> areas = new LinkedHashMap<>();
        dumps.forEach((address, length) -> {
            int n = Math.max(0, Math.min(length, storage.size() - address));
            byte[] bytes = new byte[n];
            if (n > 0) {
                storage.readBytes(address, bytes, 0, n);
            }
            areas.put(address, bytes);
        });
        RunResult.Stop stop = cpu.stopped() ? RunResult.Stop.STOPPED
                : cpu.waitState() ? RunResult.Stop.DISABLED_WAIT : RunResult.Stop.INSTRUCTION_LIMIT;
        return new RunResult(cpu.currentPsw(), cpu.gpr, cpu.fpr, cpu.cr, cpu.instructionCount(), stop, areas);
    }

    @Override
    public void close() throws IOException {
        for (Closeable c : resources) {
            c.close();
        }
    }
}
