package vm370.cp.privileged;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.PrivilegedInterception;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.isa.Opcode;

/**
 * Trap and emulate: every privileged instruction a virtual machine executes in its virtual
 * supervisor state comes here first, and is simulated against the virtual machine's state.
 *
 * <p>The virtual machine's CPU holds the <em>virtual</em> PSW, registers and storage, so for most
 * instructions the simulation is the architecture's own definition applied to that virtual state:
 * the entry says so ({@link Simulation#ARCHITECTURE}) and the CPU carries it out. I/O instructions
 * reach the machine's virtual channel, where the guest's channel program runs against its virtual
 * devices (CCW translation); DIAGNOSE reaches CP's services. What a virtual machine must not
 * do to the real machine is simulated differently here: it sees itself as a virtual machine
 * (STIDP version X'FF'), it cannot set the real clock (SCK), it is a uniprocessor (SIGP), and it
 * has no direct-control lines (RDD, WRD). Every privileged opcode has an entry; a test checks it.
 * @vm370 DMKPRV
 */
public final class PrivilegedSimulator implements PrivilegedInterception {

    /** How one privileged instruction is simulated for a virtual machine. */
    @FunctionalInterface
    public interface Simulation {
        /** True when done here; false to let the CPU apply the architecture to the virtual state. */
        boolean simulate(Cpu cpu, long instruction);

        /** The architecture's definition, applied to the virtual machine's own state. */
        Simulation ARCHITECTURE = (cpu, instruction) -> false;
    }

    private final Map<Opcode, Simulation> simulations;
    private final long cpuId;
    private final LongAdder trapped = new LongAdder();

    /** A simulator for a machine whose STIDP shows {@code cpuId} (the directory's OPTION CPUID, or CP's choice). */
    public PrivilegedSimulator(int cpuId) {
        // Version code X'FF' tells a program it runs in a virtual machine; model 0158 is our choice.
        this.cpuId = 0xFFL << 56 | (cpuId & 0xFFFFFFL) << 32 | 0x0158L << 16;
        this.simulations = buildSimulations();
    }

    @Override
    public boolean intercept(Cpu cpu, Opcode opcode, long instruction) {
        trapped.increment();
        return simulations.get(opcode).simulate(cpu, instruction);
    }

    /** Privileged instructions trapped so far (INDICATE USER, and the trap benchmark). */
    public long trapped() {
        return trapped.sum();
    }

    /** True when the opcode has a simulation; a test asserts every privileged opcode has one. */
    boolean simulates(Opcode opcode) {
        return simulations.containsKey(opcode);
    }

    private Map<Opcode, Simulation> buildSimulations() {
        Map<Opcode, Simulation> m = new EnumMap<>(Opcode.class);
        for (Opcode op : Opcode.values()) {
            if (op.isPrivileged()) {
                m.put(op, Simulation.ARCHITECTURE);
            }
        }
        m.put(Opcode.STIDP, this::storeCpuId);
        m.put(Opcode.SCK, PrivilegedSimulator::setClock);
        m.put(Opcode.SIGP, PrivilegedSimulator::signalProcessor);
        m.put(Opcode.RDD, PrivilegedSimulator::noDirectControl);
        m.put(Opcode.WRD, PrivilegedSimulator::noDirectControl);
        return m;
    }

    /** STIDP: the virtual machine's CPU identification, version X'FF'. */
    private boolean storeCpuId(Cpu cpu, long instruction) {
        cpu.storeDoubleword(checkDoubleword(cpu.addressFirst(instruction)), cpuId);
        return true;
    }

    /** SCK: a virtual machine may not set the real TOD clock; CP accepts and ignores it (condition code 0). */
    private static boolean setClock(Cpu cpu, long instruction) {
        checkDoubleword(cpu.addressFirst(instruction));
        cpu.fetchDoubleword(cpu.addressFirst(instruction));
        cpu.setConditionCode(0);
        return true;
    }

    /** SIGP: a virtual machine is a uniprocessor, so every other CPU address is not operational. */
    private static boolean signalProcessor(Cpu cpu, long instruction) {
        cpu.setConditionCode(3);
        return true;
    }

    private static boolean noDirectControl(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    private static int checkDoubleword(int address) {
        if ((address & 7) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        return address;
    }
}
