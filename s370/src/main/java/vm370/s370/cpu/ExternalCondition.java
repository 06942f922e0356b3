package vm370.s370.cpu;

/**
 * An external interruption condition from outside the machine's own sources, such as CP's virtual
 * machine communication (code X'4001'): taken, after the architected external conditions, while
 * the PSW's external mask and one of its CR0 subclass bits are on.
 * @pops GA22-7000, "External Interruption"
 */
public interface ExternalCondition {

    /** The CR0 bits, any of which lets the interruption in. */
    int subclassMask();

    /**
     * Called on the CPU's thread as the interruption is taken, before the PSWs are swapped: stores
     * whatever goes with it and returns the interruption code, or -1 when nothing is pending any
     * more (the interruption is then not taken).
     */
    int present();
}
