package vm370.s370.cpu;

import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;

/**
 * Branching: on condition, on count, on index, branch and link, and EXECUTE. A branch address is
 * computed before any register is changed, so R1 may also be the index or base.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "General Instructions"</a>
 */
public final class Branch {

    private Branch() {
    }

    /** The link information: in BC mode ILC, CC, program mask and address; in EC mode the address alone. */
    private static int link(Cpu cpu) {
        if (cpu.ecMode) {
            return cpu.instructionAddress;
        }
        return cpu.ilc << 30 | cpu.conditionCode << 28 | cpu.programMask << 24 | cpu.instructionAddress;
    }

    private static boolean taken(Cpu cpu, int mask) {
        return (mask & 8 >>> cpu.conditionCode) != 0;
    }

    /** BALR (RR): link in R1, then branch to R2 unless R2 is 0. */
    public static void branchAndLinkRegister(Cpu cpu, long instruction) {
        int r = r2(instruction);
        int target = cpu.gpr[r];
        cpu.gpr[r1(instruction)] = link(cpu);
        if (r != 0) {
            cpu.setInstructionAddress(target);
        }
    }

    /** BCTR (RR): decrement R1; branch to R2 when the result is not zero and R2 is not 0. */
    public static void branchOnCountRegister(Cpu cpu, long instruction) {
        int r = r2(instruction);
        int target = cpu.gpr[r];
        if (--cpu.gpr[r1(instruction)] != 0 && r != 0) {
            cpu.setInstructionAddress(target);
        }
    }

    /** BCR (RR): branch to R2 when the mask selects the condition code and R2 is not 0. */
    public static void branchOnConditionRegister(Cpu cpu, long instruction) {
        int r = r2(instruction);
        if (r != 0 && taken(cpu, r1(instruction))) {
            cpu.setInstructionAddress(cpu.gpr[r]);
        }
    }

    /**
     * EX (RX): executes the instruction at the second-operand address with bits 8-15 ORed with bits
     * 24-31 of R1 (unless R1 is 0). The target must be at an even address and not be EXECUTE itself.
     */
    public static void execute(Cpu cpu, long instruction) {
        int address = cpu.addressRx(instruction);
        if ((address & 1) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        int savedIlc = cpu.ilc;
        long target = cpu.fetchInstructionSlow(address);
        cpu.ilc = savedIlc;
        int r = r1(instruction);
        if (r != 0) {
            target |= (long) (cpu.gpr[r] & 0xFF) << 32;
        }
        cpu.executeTarget(target);
    }

    /** BAL (RX): link in R1, then branch. */
    public static void branchAndLink(Cpu cpu, long instruction) {
        int target = cpu.addressRx(instruction);
        cpu.gpr[r1(instruction)] = link(cpu);
        cpu.setInstructionAddress(target);
    }

    /** BCT (RX): decrement R1 and branch when the result is not zero. */
    public static void branchOnCount(Cpu cpu, long instruction) {
        int target = cpu.addressRx(instruction);
        if (--cpu.gpr[r1(instruction)] != 0) {
            cpu.setInstructionAddress(target);
        }
    }

    /** BC (RX): branch when the mask selects the condition code. */
    public static void branchOnCondition(Cpu cpu, long instruction) {
        if (taken(cpu, r1(instruction))) {
            cpu.setInstructionAddress(cpu.addressRx(instruction));
        }
    }

    /** BXH (RS): R1 += R3; branch when the sum is high compared with the odd register of the R3 pair. */
    public static void branchOnIndexHigh(Cpu cpu, long instruction) {
        int r3 = r2(instruction);
        int increment = cpu.gpr[r3];
        int comparand = cpu.gpr[r3 | 1];
        int target = cpu.addressFirst(instruction);
        int sum = cpu.gpr[r1(instruction)] + increment;
        cpu.gpr[r1(instruction)] = sum;
        if (sum > comparand) {
            cpu.setInstructionAddress(target);
        }
    }

    /** BXLE (RS): R1 += R3; branch when the sum is low or equal compared with the odd register of the R3 pair. */
    public static void branchOnIndexLowOrEqual(Cpu cpu, long instruction) {
        int r3 = r2(instruction);
        int increment = cpu.gpr[r3];
        int comparand = cpu.gpr[r3 | 1];
        int target = cpu.addressFirst(instruction);
        int sum = cpu.gpr[r1(instruction)] + increment;
        cpu.gpr[r1(instruction)] = sum;
        if (sum <= comparand) {
            cpu.setInstructionAddress(target);
        }
    }
}
