package vm370.cp.command;

import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.cpu.Cpu;
import vm370.s370.storage.MainStorage;

/**
 * IPL, BEGIN and SYSTEM: starting, resuming and resetting one's own virtual machine. What
 * changes the machine's run state goes through its run requests, so a running program is
 * stopped at an instruction boundary first.
 * @vm370 DMKCFG
 */
final class MachineCommands {

    private static final String MODULE = "DMKCFG";

    private final ControlProgram cp;

    MachineCommands(ControlProgram cp) {
        this.cp = cp;
    }

    /** IPL {vaddr | sysname} [CLEAR | NOCLEAR] [STOP] [PARM text]. */
    CommandResponse ipl(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String target = operands.next();
        if (target == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        boolean clear = false;
        String parm = "";
        for (String word = operands.next(); word != null; word = operands.next()) {
            if (Tokens.abbreviates(word, "CLear")) {
                clear = true;
            } else if (Tokens.abbreviates(word, "NOCLear")) {
                clear = false;
            } else if (word.equals("PARM")) {
                parm = operands.rest();
            } else {
                return CpMessage.INVALID_OPTION.from(MODULE, word);
            }
        }
        VirtualMachine machine = request.machine();
        if (clear) {
            clearStorage(machine);
        }
        cp.ipl(machine, target, parm);
        return CommandResponse.ok();
    }

    /** BEGIN [hexloc]: resume at the PSW, or at {@code hexloc}. */
    CommandResponse begin(CommandEntry.Request request) {
        VirtualMachine machine = request.machine();
        String where = request.operands().next();
        int address = -1;
        if (where != null) {
            address = StorageCommands.hex(where, 6);
            if (address < 0 || address >= machine.storage().storage().size()) {
                return CpMessage.INVALID_HEXLOC.from(MODULE);
            }
        }
        if (machine.guestRunning()) {
            machine.resume();
            return CommandResponse.ok();
        }
        int start = address;
        machine.requestRun(() -> {
            if (start >= 0) {
                machine.cpu().setInstructionAddress(start);
            }
            machine.begin();
        });
        return CommandResponse.ok();
    }

    /** SYSTEM {RESET | CLEAR | RESTART}. */
    CommandResponse system(CommandEntry.Request request) {
        String what = request.operands().next();
        if (what == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        VirtualMachine machine = request.machine();
        Cpu cpu = machine.cpu();
        switch (what) {
            case "RESET" -> {
                machine.stop();
                machine.perform(() -> reset(machine));
                return CommandResponse.ok("SYSTEM RESET");
            }
            case "CLEAR" -> {
                machine.stop();
                machine.perform(() -> reset(machine));
                clearStorage(machine);
                return CommandResponse.ok("STORAGE CLEARED - SYSTEM RESET");
            }
            case "RESTART" -> {
                cpu.restart();
                machine.requestRun(machine::begin);
                return CommandResponse.ok();
            }
            default -> {
                return CpMessage.INVALID_OPTION.from(MODULE, what);
            }
        }
    }

    private static void reset(VirtualMachine machine) {
        machine.cpu().cpuReset();
        machine.channel().reset();
    }

    /** Every page reads as zeros afterwards (the pages go back to CP). */
    private static void clearStorage(VirtualMachine machine) {
        machine.perform(() -> {
            machine.storage().release(0, machine.storage().storage().size() / MainStorage.FRAME_SIZE - 1);
            machine.cpu().purgeTlb();
        });
    }
}
