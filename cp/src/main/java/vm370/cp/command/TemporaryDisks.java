package vm370.cp.command;

import vm370.cp.vm.VirtualMachine;

/**
 * DEFINE T3330/T3350/T2314/T3340/T9336 vaddr CYL n: temporary disks, carved by CP from the
 * volumes the configuration sets aside for them. Installed with {@link CpCommandProcessor#useTemporaryDisks}.
 */
@FunctionalInterface
public interface TemporaryDisks {

    /** None configured: DEFINE Tdddd is refused as an option CP does not offer. */
    TemporaryDisks NONE = (machine, deviceType, operands) -> CpMessage.INVALID_OPTION.from("DMKDEF", "T" + deviceType);

    /**
     * Defines a temporary disk; on the machine's thread.
     * @param deviceType the digits after T, such as {@code 3350}
     * @param operands the rest as typed: {@code vaddr CYL n} (or {@code BLK n})
     */
    CommandResponse define(VirtualMachine machine, String deviceType, String operands);
}
