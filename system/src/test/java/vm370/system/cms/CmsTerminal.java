package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;
import vm370.system.boot.RunningSystem;

/**
 * A user at a line-mode terminal for the CMS tests: logs on, connects the console, IPLs CMS, types
 * lines and collects what the machine writes until the ready message.
 */
final class CmsTerminal {

    private static final long WAIT_SECONDS = 60;

    private final VirtualMachine machine;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> transcript = new ArrayList<>();

    private CmsTerminal(VirtualMachine machine) {
        this.machine = machine;
        machine.connectConsole(lines::add);
    }

    /** Logs on (the directory entry has no IPL statement) and IPLs CMS; returns the terminal after the IPL lines. */
    static CmsTerminal logonAndIpl(RunningSystem system, String user, String parm) {
        CmsTerminal t = logon(system, user);
        system.cp().ipl(t.machine, "CMS", parm);
        t.awaitLine(l -> l.startsWith("CMS VERSION"));
        return t;
    }

    static CmsTerminal logon(RunningSystem system, String user) {
        ControlProgram.Logon logon = system.cp().logon(user);
        if (!(logon instanceof ControlProgram.Logon.Created created)) {
            throw new IllegalStateException("logon " + user + ": " + logon);
        }
        return new CmsTerminal(created.machine());
    }

    VirtualMachine machine() {
        return machine;
    }

    /** Types a line and returns what came back up to and including the ready message. */
    List<String> command(String line) {
        machine.typed(line);
        List<String> out = new ArrayList<>();
        while (true) {
            String l = next();
            out.add(l);
            if (l.startsWith("Ready")) {
                return out;
            }
        }
    }

    /** Types a line without waiting for anything. */
    void type(String line) {
        machine.typed(line);
    }

    /**
     * Waits for a line the predicate accepts; returns every line up to it. A machine that keeps
     * writing other lines (a loop HX did not stop) fails the test after the same limit, not never.
     */
    List<String> awaitLine(Predicate<String> wanted) {
        List<String> out = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            if (System.nanoTime() > until) {
                fail("no wanted line within " + WAIT_SECONDS + " s; the last lines: "
                        + String.join(" | ", out.subList(Math.max(0, out.size() - 5), out.size())));
            }
            String l = next();
            out.add(l);
            if (wanted.test(l)) {
                return out;
            }
        }
    }

    private String next() {
        try {
            String l = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (l == null) {
                fail("no console line within " + WAIT_SECONDS + " s; transcript:\n" + String.join("\n", transcript));
            }
            transcript.add(l);
            return l;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
