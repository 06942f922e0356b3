package vm370.cp.guest;

/**
 * An operating system written in Java that runs in a virtual machine, as CMS and RSCS do: CP keeps
 * it in its registry of named systems, and {@code IPL name} starts it. Like any guest it sees its
 * machine only through {@link GuestMachine}: storage, registers, virtual devices and DIAGNOSE.
 */
public interface GuestSystem {

    /** The name IPL uses, such as {@code CMS}. */
    String name();

    /**
     * Runs the system from IPL, on the virtual machine's own thread, until it ends: it returns,
     * or CP ends it (LOGOFF, SYSTEM RESET, another IPL) by throwing {@link GuestEnded} out of the
     * machine call it is in.
     */
    void run(GuestMachine machine, String parm);
}
