package vm370.s370.device.line;

/**
 * The terminal at the far end of a {@link TransmissionLine}, which the host side supplies: it
 * takes what the program writes. Called on the CPU's thread; an implementation that talks to its
 * terminal on another thread must hand over safely.
 */
public interface LineStation {

    /** The data of one write command, as the program wrote it. */
    void transmit(byte[] data);

    /** The line let go of this terminal (disabled, released, or another terminal connected). */
    default void released() {
    }
}
