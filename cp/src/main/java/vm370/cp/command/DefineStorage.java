package vm370.cp.command;

import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.model.UserEntry;
import vm370.s370.storage.MainStorage;

/**
 * DEFINE STORAGE nnnnnK | nnM: a new storage size for one's own machine, up to the maximum its
 * directory entry allows (and the 16M a System/370 addresses). The machine is reset and left in
 * CP mode with all-zero storage, as VM/370 did; the user IPLs again.
 * @vm370 DMKDEF
 */
final class DefineStorage {

    private static final String MODULE = "DMKDEF";
    private static final long ARCHITECTURE_LIMIT = 16L << 20;

    private DefineStorage() {
    }

    static CommandResponse define(ControlProgram cp, VirtualMachine machine, Tokens operands) {
        String size = operands.next();
        if (size == null || operands.hasNext() || !size.matches("\\d{1,8}[KM]")) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        boolean megabytes = size.endsWith("M");
        long amount = Long.parseLong(size.substring(0, size.length() - 1));
        long bytes = amount << (megabytes ? 20 : 10);
        // VM/370 gives storage in whole 4K pages: a size that is not one is refused, as is less than one page.
        if (bytes < MainStorage.FRAME_SIZE || bytes % MainStorage.FRAME_SIZE != 0) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        long maximum = Math.min(ARCHITECTURE_LIMIT,
                cp.directory().lookup(machine.userid()).map(UserEntry::maxStorage).orElse(ARCHITECTURE_LIMIT));
        if (bytes > maximum) {
            return CommandResponse.failed(MODULE + "094E STORAGE EXCEEDS ALLOWED MAXIMUM", 94);
        }
        machine.redefineStorage((int) bytes);
        return CommandResponse.ok(megabytes ? String.format("STORAGE = %02dM", amount)
                : String.format("STORAGE = %05dK", amount));
    }
}
