package vm370.cp.privileged;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vm370.cp.NamedSegments;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommands;
import vm370.cp.security.AccountingFile;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.UserDirectory;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.DiagnoseHandler;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.Clock;
import vm370.spool.queue.SpoolManager;

/**
 * DIAGNOSE in a virtual machine: the paravirtual interface through which a guest written for CP
 * asks CP for services. The code is the instruction's second-operand address; Rx and Ry name
 * registers that hold operands (addresses in the machine's storage) and receive results. A code
 * CP does not offer is a specification exception, as is a misaligned or out-of-range operand.
 * Codes: 00, 08, 0C, 10, 14, 24, 4C (accounting, {@link AccountingDiagnose}), 58 (full-screen
 * console, {@link FullScreenDiagnose}), 5C, 60, 64, 68 (VMCF, {@link VmcfDiagnose}), 210 and 250 (block I/O, {@link BlockIoDiagnose}).
 * @vm370 DMKHVC
 */
public final class DiagnoseSimulator implements DiagnoseHandler {

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** DIAGNOSE 08: Ry's flag for "a response buffer is given in R(x+1), its length in R(y+1)". */
    private static final int RESPONSE_BUFFER = 0x40000000;
    /** The longest command DIAGNOSE 08 takes, as VM/370. */
    private static final int MAX_COMMAND = 132;

    private final VirtualMachine machine;
    private final CpCommands commands;
    private final Clock clock;
    private final ZoneId zone;
    private final BlockIoDiagnose blockIo;
    private final StandardDasdDiagnose standardDasd;
    private final DeviceAndSegmentDiagnoses devices;
    private final MessageAndSpoolDiagnoses messagesAndSpool;
    private final FullScreenDiagnose fullScreen;
    private final AccountingDiagnose accounting;
    private final VmcfDiagnose vmcf;

    /**
     * The DIAGNOSE codes of {@code machine}; its accounting records (X'4C') go to {@code accounting},
     * and VMCF (X'68') finds the other users' machines through {@code users}.
     */
    public DiagnoseSimulator(VirtualMachine machine, CpCommands commands, Clock clock, ZoneId zone, NamedSegments segments,
                             SpoolManager spool, UserDirectory directory, Consumer<AccountingFile.Entry> accounting,
                             Function<String, Optional<VirtualMachine>> users) {
        this.machine = machine;
        this.commands = commands;
        this.clock = clock;
        this.zone = zone;
        this.blockIo = new BlockIoDiagnose(machine);
        this.standardDasd = new StandardDasdDiagnose(machine);
        this.devices = new DeviceAndSegmentDiagnoses(machine, segments);
        this.messagesAndSpool = new MessageAndSpoolDiagnoses(machine, spool);
        this.fullScreen = new FullScreenDiagnose(machine);
        this.accounting = new AccountingDiagnose(machine, directory, accounting, clock);
        this.vmcf = new VmcfDiagnose(machine, users);
    }

    @Override
    public void diagnose(Cpu cpu, int rx, int ry, int address) {
        switch (address & 0xFFFF) {
            case 0x0000 -> extendedIdentification(cpu, rx, ry);
            case 0x0008 -> cpCommand(cpu, rx, ry);
            case 0x000C -> pseudoTimer(cpu, rx);
            case 0x0010 -> releasePages(cpu, rx, ry);
            case 0x0014 -> messagesAndSpool.spoolFile(cpu, rx, ry);
            case 0x0018 -> standardDasd.diagnose(cpu, rx, ry);
            case 0x0024 -> devices.deviceType(cpu, rx, ry);
            case 0x004C -> accounting.diagnose(cpu, rx, ry);
            case 0x0058 -> fullScreen.diagnose(cpu, rx, ry);
            case 0x005C -> devices.editMessage(cpu, rx, ry);
            case 0x0060 -> cpu.gpr[rx] = cpu.storage().size();
            case 0x0064 -> devices.namedSegment(cpu, rx, ry);
            case 0x0068 -> vmcf.diagnose(cpu, rx, ry);
            case 0x0210 -> devices.deviceCharacteristics(cpu, rx);
            case 0x0250 -> blockIo.diagnose(cpu, rx, ry);
            default -> throw specification();
        }
    }

    /** DIAGNOSE 00: the system's name, version and the userid, up to Ry bytes at the address in Rx. */
    private void extendedIdentification(Cpu cpu, int rx, int ry) {
        byte[] id = new byte[24];
        System.arraycopy(EBCDIC.encodePadded("VM/370", 8), 0, id, 0, 8);
        id[8] = 0x06;
        System.arraycopy(EBCDIC.encodePadded(machine.userid(), 8), 0, id, 16, 8);
        int length = Math.min(Math.max(cpu.gpr[ry], 0), id.length);
        cpu.storeBytes(cpu.gpr[rx] & 0xFFFFFF, id, 0, length);
    }

    /**
     * DIAGNOSE 08: a CP command whose text is at the address in Rx, its length in Ry. With a
     * response buffer the response lines go there, separated by X'15', and R(y+1) gets their
     * length (condition code 1 when they did not fit); without one they go to the console.
     * Ry gets the command's return code.
     */
    private void cpCommand(Cpu cpu, int rx, int ry) {
        int flags = cpu.gpr[ry] & 0xFF000000;
        int length = cpu.gpr[ry] & 0x00FFFFFF;
        if (length > MAX_COMMAND || (flags & ~RESPONSE_BUFFER) != 0) {
            throw specification();
        }
        byte[] text = new byte[length];
        cpu.fetchBytes(cpu.gpr[rx] & 0xFFFFFF, text, 0, length);
        CommandResponse response = commands.execute(machine, EBCDIC.decode(text).strip());
        cpu.setConditionCode(0);
        if ((flags & RESPONSE_BUFFER) != 0) {
            byte[] out = EBCDIC.encode(String.join("\u0085", response.lines()) + (response.lines().isEmpty() ? "" : "\u0085"));
            int buffer = cpu.gpr[(rx + 1) & 15] & 0xFFFFFF;
            int room = cpu.gpr[(ry + 1) & 15];
            int stored = Math.min(out.length, Math.max(room, 0));
            cpu.storeBytes(buffer, out, 0, stored);
            cpu.gpr[(ry + 1) & 15] = out.length > room ? out.length - room : stored;
            cpu.setConditionCode(out.length > room ? 1 : 0);
        } else {
            response.lines().forEach(machine::consoleLine);
        }
        cpu.gpr[ry] = response.returnCode();
    }

    /**
     * DIAGNOSE 0C: date MM/DD/YY, time HH:MM:SS, virtual and total CPU time in microseconds, at the
     * address in Rx. CP charges a machine the real processor time it held, so the two are equal.
     */
    private void pseudoTimer(Cpu cpu, int rx) {
        int address = cpu.gpr[rx] & 0xFFFFFF;
        if ((address & 7) != 0) {
            throw specification();
        }
        long micros = clock.micros() - Clock.UNIX_EPOCH_MICROS;
        LocalDateTime now = LocalDateTime.ofInstant(Instant.EPOCH.plusNanos(micros * 1000), zone);
        byte[] area = new byte[32];
        System.arraycopy(EBCDIC.encode(DATE.format(now) + TIME.format(now)), 0, area, 0, 16);
        long cpuMicros = machine.dispatchable().cpuNanos() / 1000;
        for (int i = 0; i < 8; i++) {
            area[16 + i] = (byte) (cpuMicros >>> (56 - 8 * i));
            area[24 + i] = area[16 + i];
        }
        cpu.storeBytes(address, area, 0, area.length);
    }

    /** DIAGNOSE 10: release the whole pages from the address in Rx to the one in Ry; they read as zeros afterwards. */
    private void releasePages(Cpu cpu, int rx, int ry) {
        int first = cpu.gpr[rx] & 0xFFFFFF;
        int last = cpu.gpr[ry] & 0xFFFFFF;
        if ((first & 0xFFF) != 0 || (last & 0xFFF) != 0 || last < first || last >= cpu.storage().size()) {
            throw specification();
        }
        machine.storage().release(first / MainStorage.FRAME_SIZE, last / MainStorage.FRAME_SIZE);
        cpu.purgeTlb();
    }

    private static ProgramInterruption specification() {
        return new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
    }
}
