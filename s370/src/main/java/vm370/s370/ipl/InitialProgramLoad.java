package vm370.s370.ipl;

import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelSubsystem;
import vm370.s370.channel.Csw;
import vm370.s370.channel.UnitStatus;
import vm370.s370.cpu.Cpu;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.EventScheduler;

/**
 * The load procedure: a read of 24 bytes into absolute location 0 with key 0, command chaining and
 * SLI (the implicit CCW), the chain that the CCWs at 8 and 16 continue, then the I/O address stored
 * (locations 2-3 for a BC-mode PSW, 186-187 for EC mode) and the PSW at 0 made current.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Initial Program Loading"</a>
 */
public final class InitialProgramLoad {

    /** The implicit CCW: read, data at 0, command chaining and SLI, 24 bytes. */
    public static final Ccw IMPLICIT_CCW = new Ccw(0x02, 0, Ccw.CHAIN_COMMAND | Ccw.SUPPRESS_LENGTH, 24);

    /** Scheduled channel and device events an IPL may take before it counts as hung. */
    private static final int EVENT_LIMIT = 10_000_000;

    private static final int ALLOWED_STATUS = UnitStatus.CHANNEL_END.bits() | UnitStatus.DEVICE_END.bits()
            | UnitStatus.STATUS_MODIFIER.bits();

    /** How an IPL ended. */
    public sealed interface Outcome {
        /** The PSW loaded from location 0 is now current. */
        record Loaded(long psw, Csw csw) implements Outcome { }

        /** The load failed; the CPU stays as it was (the load light stays on). */
        record Failed(String reason) implements Outcome { }
    }

    private InitialProgramLoad() {
    }

    /**
     * Loads from the device at {@code deviceAddress}: initial program reset (initial CPU reset and
     * I/O reset), then the read, with the CPU's scheduler running the channel program to its end.
     */
    public static Outcome load(Cpu cpu, ChannelSubsystem channels, int deviceAddress) {
        cpu.initialCpuReset();
        channels.reset();
        if (!channels.startInitialProgramLoad(deviceAddress, IMPLICIT_CCW)) {
            return new Outcome.Failed(String.format("device %03X is not operational", deviceAddress));
        }
        EventScheduler scheduler = cpu.scheduler();
        int events = 0;
        while (channels.busy(deviceAddress)) {
            if (!scheduler.hasEvents() || ++events > EVENT_LIMIT) {
                return new Outcome.Failed(String.format("device %03X did not complete the load", deviceAddress));
            }
            scheduler.advanceTo(scheduler.nextDue());
        }
        Csw csw = channels.takeInitialProgramLoadStatus(deviceAddress);
        if ((csw.unitStatus() & ~ALLOWED_STATUS) != 0
                || (csw.channelStatus() & ~Csw.PROGRAM_CONTROLLED_INTERRUPTION) != 0) {
            return new Outcome.Failed(String.format("device %03X ended the load with %s", deviceAddress, csw));
        }
        MainStorage storage = cpu.storage();
        long psw = storage.read(0, 8);
        boolean ecMode = (psw & 1L << 51) != 0;
        if (ecMode) {
            storage.write(cpu.absoluteAddress(184), 4, deviceAddress & 0xFFFF);
        } else {
            storage.write(2, 2, deviceAddress);
        }
        psw = storage.read(0, 8);
        cpu.loadPsw(psw);
        return new Outcome.Loaded(psw, csw);
    }
}
