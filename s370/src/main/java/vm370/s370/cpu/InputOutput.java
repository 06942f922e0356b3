package vm370.s370.cpu;

/**
 * Input/output instructions. Each names a device (bits 16-31 of the second-operand address) or a
 * channel (bits 16-23) and hands the work to the CPU's {@link InputOutputUnit}; the condition code
 * it returns is the instruction's. A start may raise an interruption condition at once (PCI in the
 * first CCW), so the CPU looks for one before its next batch of instructions.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Input/Output Instructions"</a>
 */
public final class InputOutput {

    private InputOutput() {
    }

    private static int device(Cpu cpu, long instruction) {
        return cpu.addressFirst(instruction) & 0xFFFF;
    }

    private static int channel(Cpu cpu, long instruction) {
        return cpu.addressFirst(instruction) >>> 8 & 0xFF;
    }

    /** SIO (S): start a channel program at the device. */
    public static void startIo(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().startIo(cpu, device(cpu, instruction), false);
        cpu.attention = true;
    }

    /** SIOF (S): start I/O fast release. */
    public static void startIoFast(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().startIo(cpu, device(cpu, instruction), true);
        cpu.attention = true;
    }

    /** TIO (S): test I/O. */
    public static void testIo(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().testIo(cpu, device(cpu, instruction));
    }

    /** CLRIO (S): clear I/O. */
    public static void clearIo(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().clearIo(cpu, device(cpu, instruction));
    }

    /** HIO (S): halt I/O. */
    public static void haltIo(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().haltIo(cpu, device(cpu, instruction));
    }

    /** HDV (S): halt device. */
    public static void haltDevice(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().haltDevice(cpu, device(cpu, instruction));
    }

    /** TCH (S): test channel. */
    public static void testChannel(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().testChannel(cpu, channel(cpu, instruction));
    }

    /** STIDC (S): store channel ID at location 168. */
    public static void storeChannelId(Cpu cpu, long instruction) {
        cpu.conditionCode = cpu.io().storeChannelId(cpu, channel(cpu, instruction));
    }
}
