package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;

/** A user logged on to a test's system whose directory entry IPLs CMS: its console, connected before CMS says anything. */
public final class CmsUser {

    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final VirtualMachine machine;

    public CmsUser(ControlProgram cp, String userid) {
        ControlProgram.Logon logon = cp.logon(userid, m -> m.connectConsole(lines::add));
        if (!(logon instanceof ControlProgram.Logon.Created created)) {
            throw new IllegalStateException("logon " + userid + ": " + logon);
        }
        machine = created.machine();
    }

    /** The lines up to and including the next ready message. */
    public List<String> untilReady() throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null) {
                fail("no ready message; so far: " + out);
            }
            out.add(line);
            if (line.startsWith("Ready")) {
                return out;
            }
        }
    }

    /** Types a command and returns what it showed, up to its ready message. */
    public List<String> command(String line) throws InterruptedException {
        machine.typed(line);
        return untilReady();
    }
}
