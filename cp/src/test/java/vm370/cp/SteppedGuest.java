package vm370.cp;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vm370.cp.guest.GuestMachine;

/**
 * A test guest written in Java that the test drives one step at a time, so that steps on two
 * machines interleave in a known order: between steps the guest waits enabled for the interrupt
 * key only (off the real processor); {@link #run} hands it a step and presses the key, and the
 * step runs on the machine's thread.
 */
final class SteppedGuest {

    /** CR0 bit 25: the interrupt key. */
    static final int CR0_INTERRUPT_KEY = 0x0000_0040;
    /** CR0 bit 31: VMCF. */
    static final int CR0_VMCF = 0x0000_0001;
    private static final int WAIT_ROUTINE = 0x500;

    private final BlockingQueue<Function<GuestMachine, Object>> steps = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> results = new LinkedBlockingQueue<>();
    private final TestSystem system;
    private final String userid;

    private SteppedGuest(TestSystem system, String userid) {
        this.system = system;
        this.userid = userid;
    }

    /** Logs {@code userid} on (if need be) and IPLs the stepped guest in its machine. */
    static SteppedGuest start(TestSystem system, String userid) {
        SteppedGuest guest = new SteppedGuest(system, userid);
        JavaGuest.start(system, userid, (m, g) -> {
            // External new PSW: a disabled wait, so that each interruption ends the wait routine's run.
            m.write(0x58, new byte[] {0, 2, 0, 0, 0, 0, 0x0E, 0}, 0, 8);
            while (true) {
                awaitExternal(m, CR0_INTERRUPT_KEY);
                Function<GuestMachine, Object> step = guest.steps.poll();
                if (step != null) {
                    guest.results.add(result(step, m));
                }
            }
        });
        return guest;
    }

    private static Object result(Function<GuestMachine, Object> step, GuestMachine m) {
        try {
            return step.apply(m);
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Runs {@code step} in the guest and returns what it returned. */
    @SuppressWarnings("unchecked")
    <T> T run(Function<GuestMachine, T> step) throws InterruptedException {
        steps.add(step::apply);
        system.machine(userid).cpu().pressInterruptKey();
        Object result = results.poll(30, TimeUnit.SECONDS);
        if (result == null) {
            throw new AssertionError(userid + "'s step did not end");
        }
        if (result instanceof RuntimeException e) {
            throw new AssertionError(userid + "'s step failed: " + e, e);
        }
        return (T) result;
    }

    /**
     * Waits, enabled for what {@code cr0} lets in, until an external interruption ends the wait;
     * returns its code (from the BC-mode old PSW).
     */
    static int awaitExternal(GuestMachine m, int cr0) {
        // LCTL 0,0,X'510'; LPSW X'518': CR0, then an enabled wait PSW (external mask, wait bit).
        m.write(WAIT_ROUTINE, new byte[] {(byte) 0xB7, 0, 0x05, 0x10, (byte) 0x82, 0, 0x05, 0x18}, 0, 8);
        GuestCalls.putWord(m, 0x510, cr0);
        m.write(0x518, new byte[] {1, 2, 0, 0, 0, 0, 0, 0}, 0, 8);
        m.loadPsw(WAIT_ROUTINE);
        m.runUntilDisabledWait();
        byte[] old = new byte[8];
        m.read(0x18, old, 0, 8);
        return (old[2] & 0xFF) << 8 | old[3] & 0xFF;
    }
}
