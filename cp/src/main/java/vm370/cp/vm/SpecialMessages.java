package vm370.cp.vm;

/**
 * SMSG for the program in a machine: delivered while SMSG is on (the SMSG flag of VMCF AUTHORIZE,
 * or SET SMSG ON) and a program is authorized for VMCF, as VM/370 sent it, a SENDX from the
 * system presented through the machine's {@link Vmcf} as external interruption X'4001'.
 * Messages wait, at most {@link Vmcf#SPECIAL_LIMIT}, while the program runs disabled.
 * @vm370 DMKVMC
 */
public final class SpecialMessages {

    /** One message: who sent it and its text. */
    public record Message(String sender, String text) { }

    /** What offering a message came to: delivered, SMSG OFF, SMSG ON but no program authorized, or too many waiting. */
    public enum Offer { DELIVERED, NOT_ACCEPTING, NOT_AUTHORIZED, FULL }

    private final Vmcf vmcf;
    /** SMSG ON: survives IPL and UNAUTHORIZE, as the flag in VM/370's VMBLOK. */
    private volatile boolean accepting;

    SpecialMessages(Vmcf vmcf) {
        this.vmcf = vmcf;
    }

    /** SET SMSG ON|OFF, and AUTHORIZE with the SMSG flag (on). */
    public void setAccepting(boolean on) {
        accepting = on;
    }

    /** SMSG ON (QUERY SET); messages are delivered while a program is authorized too. */
    public boolean accepting() {
        return accepting;
    }

    /** SMSG to the program: queued for presentation, or why not. */
    public Offer offer(Message message) {
        return accepting ? vmcf.offerSpecial(message) : Offer.NOT_ACCEPTING;
    }
}
