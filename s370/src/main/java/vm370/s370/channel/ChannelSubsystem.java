package vm370.s370.channel;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.InputOutputUnit;
import vm370.s370.storage.MainStorage;

/**
 * The channels of one machine: a byte-multiplexer channel 0 and block-multiplexer channels 1-15,
 * each device with a subchannel of its own. Implements the I/O instructions' condition codes and
 * presents I/O interruptions in the order their conditions arose.
 *
 * <p>Owned by the thread of the CPU it was built for; devices reach it only through their ports.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Input/Output Operations"</a>
 */
public final class ChannelSubsystem implements InputOutputUnit {

    static final int CSW_LOCATION = 64;
    static final int CAW_LOCATION = 72;
    static final int CHANNEL_ID_LOCATION = 168;

    private final Cpu cpu;
    private final MainStorage storage;
    /** By device address, in order. A map, not a 64K table: thousands of virtual machines each have one of these. */
    private final Map<Integer, Subchannel> subchannels = new TreeMap<>();
    private final ArrayDeque<Subchannel> interruptions = new ArrayDeque<>();

    public ChannelSubsystem(Cpu cpu) {
        this.cpu = cpu;
        this.storage = cpu.storage();
    }

    /** Attaches a device at a device address (channel in bits 8-15). */
    public void attach(int deviceAddress, ChannelDevice device) {
        if (deviceAddress < 0 || deviceAddress > 0xFFFF || subchannels.containsKey(deviceAddress)) {
            throw new IllegalArgumentException(String.format("device address: %X (expected: a free address 0-FFFF)", deviceAddress));
        }
        Subchannel s = new Subchannel(deviceAddress, device, this);
        subchannels.put(deviceAddress, s);
        device.connect(s);
    }

    /** Detaches the device at an address, dropping its operation and interruption conditions; false when there is none. */
    public boolean detach(int deviceAddress) {
        Subchannel s = find(deviceAddress);
        if (s == null) {
            return false;
        }
        s.reset();
        interruptions.remove(s);
        subchannels.remove(s.deviceAddress);
        return true;
    }

    /** The attached devices by address, in address order. */
    public Map<Integer, ChannelDevice> devices() {
        Map<Integer, ChannelDevice> all = new TreeMap<>();
        subchannels.forEach((a, s) -> all.put(a, s.device));
        return all;
    }

    /** The device at an address, or null. */
    public ChannelDevice device(int deviceAddress) {
        Subchannel s = subchannels.get(deviceAddress & 0xFFFF);
        return s == null ? null : s.device;
    }

    /** System reset: every operation and interruption condition is dropped. */
    public void reset() {
        subchannels.values().forEach(Subchannel::reset);
        interruptions.clear();
        subchannels.values().forEach(s -> s.queued = false);
    }

    MainStorage storage() {
        return storage;
    }

    void schedule(long instructions, Runnable action) {
        cpu.schedule(instructions, action);
    }

    void enqueue(Subchannel s) {
        if (!s.queued && subchannels.get(s.deviceAddress) == s) {
            s.queued = true;
            interruptions.add(s);
        }
    }

    int fetchCaw() {
        return (int) storage.read(cpu.absoluteAddress(CAW_LOCATION), 4);
    }

    void storeCsw(long csw) {
        storage.write(cpu.absoluteAddress(CSW_LOCATION), 8, csw);
    }

    /** Stores only the unit-status and channel-status bytes of the CSW (locations 68-69). */
    void storeStatusPortion(int unitStatus, int channelStatus) {
        storage.write(cpu.absoluteAddress(CSW_LOCATION + 4), 2, unitStatus << 8 | channelStatus);
    }

    private Subchannel find(int deviceAddress) {
        return subchannels.get(deviceAddress & 0xFFFF);
    }

    private boolean channelInstalled(int channel) {
        int low = channel << 8;
        for (Integer a : subchannels.keySet()) {
            if (a >= low && a < low + 0x100) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ the I/O instructions

    /** SIO and SIOF issued so far (accounting's I/O count); written by the CPU's thread only. */
    private long startIoCount;

    /** How many SIO and SIOF the machine has issued. */
    public long startIoCount() {
        return startIoCount;
    }

    /** SIO and SIOF; this channel subsystem executes SIOF as SIO, as the PoO allows. */
    @Override
    public int startIo(Cpu issuing, int deviceAddress, boolean fast) {
        startIoCount++;
        Subchannel s = find(deviceAddress);
        return s == null ? 3 : s.startIo();
    }

    @Override
    public int testIo(Cpu issuing, int deviceAddress) {
        Subchannel s = find(deviceAddress);
        return s == null ? 3 : s.testIo();
    }

    @Override
    public int clearIo(Cpu issuing, int deviceAddress) {
        Subchannel s = find(deviceAddress);
        return s == null ? 3 : s.clearIo();
    }

    @Override
    public int haltIo(Cpu issuing, int deviceAddress) {
        Subchannel s = find(deviceAddress);
        return s == null ? 3 : s.halt();
    }

    @Override
    public int haltDevice(Cpu issuing, int deviceAddress) {
        Subchannel s = find(deviceAddress);
        return s == null ? 3 : s.halt();
    }

    /** TCH: 0 available, 1 interruption pending in the channel, 3 not operational (no channel is ever in burst mode here). */
    @Override
    public int testChannel(Cpu issuing, int channel) {
        if (!channelInstalled(channel)) {
            return 3;
        }
        for (Subchannel s : interruptions) {
            if (s.channel == channel && s.hasInterruption()) {
                return 1;
            }
        }
        return 0;
    }

    /** STIDC: channel type (byte multiplexer for channel 0, block multiplexer otherwise) at location 168. */
    @Override
    public int storeChannelId(Cpu issuing, int channel) {
        if (!channelInstalled(channel)) {
            return 3;
        }
        int type = channel == 0 ? 0x1 : 0x2;
        storage.write(cpu.absoluteAddress(CHANNEL_ID_LOCATION), 4, (long) type << 28 | 0x370L << 16);
        return 0;
    }

    @Override
    public boolean interruptionPending() {
        return !interruptions.isEmpty();
    }

    @Override
    public IoInterruption acceptInterruption(int channelMask) {
        Iterator<Subchannel> it = interruptions.iterator();
        while (it.hasNext()) {
            Subchannel s = it.next();
            if (!s.hasInterruption()) {
                it.remove();
                s.queued = false;
                continue;
            }
            if (s.channel < 32 && (channelMask & 0x80000000 >>> s.channel) != 0) {
                long csw = s.takeInterruption();
                it.remove();
                s.queued = false;
                if (s.hasInterruption()) {
                    enqueue(s);
                }
                return new IoInterruption(s.deviceAddress, csw);
            }
        }
        return null;
    }

    // ------------------------------------------------------------ initial program loading

    /** Starts the IPL read at a device: read 24 bytes at 0, chaining on from the CCW at 8. False when there is no such device. */
    public boolean startInitialProgramLoad(int deviceAddress, Ccw implicitCcw) {
        Subchannel s = find(deviceAddress);
        if (s == null) {
            return false;
        }
        s.startImplicit(implicitCcw);
        return true;
    }

    /** True while the IPL device's channel program or the device itself is still working. */
    public boolean busy(int deviceAddress) {
        Subchannel s = find(deviceAddress);
        return s != null && s.busy();
    }

    /** The CSW that ended the IPL's channel program; its interruption condition is cleared. */
    public Csw takeInitialProgramLoadStatus(int deviceAddress) {
        return Csw.decode(find(deviceAddress).takeIplCsw());
    }
}
