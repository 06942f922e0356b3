package vm370.cp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;

/** A test guest system written in Java: logged on, IPLed by name, its results logged line by line. */
final class JavaGuest {

    private final List<String> log = new ArrayList<>();

    private JavaGuest() {
    }

    /** Logs {@code userid} on and IPLs {@code body} in its machine; the body logs through the guest. */
    static JavaGuest start(TestSystem system, String userid, BiConsumer<GuestMachine, JavaGuest> body) {
        JavaGuest guest = new JavaGuest();
        system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "T" + userid;
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                try {
                    body.accept(machine, guest);
                } finally {
                    guest.log("END");
                }
            }
        });
        if (system.cp.machine(userid).isEmpty()) {
            system.logon(userid);
        }
        system.cp.ipl(system.machine(userid), "T" + userid, "");
        return guest;
    }

    /** Records one result. */
    void log(String line) {
        synchronized (log) {
            log.add(line);
        }
    }

    /** Waits until the guest has logged {@code line}. */
    void await(String line) throws InterruptedException {
        TestSystem.await(() -> {
            synchronized (log) {
                return log.contains(line);
            }
        }, "the guest's " + line);
    }

    /** Waits for the guest to end and returns its results. */
    List<String> results() throws InterruptedException {
        await("END");
        synchronized (log) {
            return List.copyOf(log);
        }
    }
}
