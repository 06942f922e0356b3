package vm370.s370.cpu;

/**
 * The CPU's view of the I/O side: the I/O instructions and the I/O interruptions. The channel
 * subsystem implements it for a real machine; CP may implement it for a virtual one. Each method
 * returns the condition code the instruction sets, and stores the CSW at location 64 where the
 * Principles of Operation says the instruction does.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Input/Output Operations"</a>
 */
public interface InputOutputUnit {

    int startIo(Cpu cpu, int deviceAddress, boolean fast);

    int testIo(Cpu cpu, int deviceAddress);

    int clearIo(Cpu cpu, int deviceAddress);

    int haltIo(Cpu cpu, int deviceAddress);

    int haltDevice(Cpu cpu, int deviceAddress);

    int testChannel(Cpu cpu, int channel);

    int storeChannelId(Cpu cpu, int channel);

    /** Whether any I/O interruption is pending; read at instruction boundaries, so it must be cheap. */
    boolean interruptionPending();

    /**
     * Removes and returns the highest-priority pending I/O interruption on a channel that the mask
     * enables (bit 0, the leftmost, for channel 0, as in control register 2), or null if none.
     */
    IoInterruption acceptInterruption(int channelMask);

    /** An I/O interruption: the device that presents it and the CSW to store at location 64. */
    record IoInterruption(int deviceAddress, long csw) { }

    /** A machine with no channels: every device and channel is not operational (condition code 3). */
    InputOutputUnit NONE = new InputOutputUnit() {
        @Override public int startIo(Cpu cpu, int deviceAddress, boolean fast) { return 3; }
        @Override public int testIo(Cpu cpu, int deviceAddress) { return 3; }
        @Override public int clearIo(Cpu cpu, int deviceAddress) { return 3; }
        @Override public int haltIo(Cpu cpu, int deviceAddress) { return 3; }
        @Override public int haltDevice(Cpu cpu, int deviceAddress) { return 3; }
        @Override public int testChannel(Cpu cpu, int channel) { return 3; }
        @Override public int storeChannelId(Cpu cpu, int channel) { return 3; }
        @Override public boolean interruptionPending() { return false; }
        @Override public IoInterruption acceptInterruption(int channelMask) { return null; }
    };
}
