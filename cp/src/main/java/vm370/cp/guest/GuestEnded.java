package vm370.cp.guest;

/**
 * Thrown out of a {@link GuestMachine} call when CP takes the machine away from its guest system
 * (LOGOFF, FORCE, SYSTEM RESET, IPL of something else). A guest system may clean up in a
 * {@code finally} block but must let it pass.
 */
public final class GuestEnded extends RuntimeException {

    public GuestEnded(String reason) {
        super(reason, null, false, false);
    }
}
