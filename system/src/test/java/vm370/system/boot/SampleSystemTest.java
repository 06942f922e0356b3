package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample system as a bare {@code ./vm370} IPLs it: its volumes fit its directory, its AUTOLOG users come up. */
@Tag("system")
class SampleSystemTest {

    @TempDir
    Path var;

    @Test
    void theSampleSystemIplsWithItsServiceMachinesAutologgedAndShutsDown() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        Path home = Path.of(System.getProperty("user.dir")).getParent();
        RunningSystem.Options sample = RunningSystem.Options.sample(home, var, NamedSystemsCatalog.all());
        OnlineSystem online = OnlineSystem.ipl(OnlineSystem.Options.of(sample, console::add).withPort(OptionalInt.of(0)));
        try {
            assertTrue(online.system().directory().userids().contains("MAINT"), "the sample directory compiled");
            assertTrue(console.stream().anyMatch(line -> line.endsWith(" AUTO LOGON   ***   RSCS     USERS = 002")), console.toString());
            assertTrue(console.stream().anyMatch(line -> line.endsWith(" AUTO LOGON   ***   CMSBATCH USERS = 003")), console.toString());
            online.operator().enter("QUERY NAMES");
            // The operator's machine runs CMS, which hands the command to CP (IMPCP): the answer comes a moment later.
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (console.stream().noneMatch(line -> line.contains("RSCS     - DSC")) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(console.stream().anyMatch(line -> line.contains("RSCS     - DSC")), console.toString());
        } finally {
            online.shutdown();
        }
        assertEquals(0, online.exitCode());
        assertEquals("DMKCKP961W SYSTEM SHUTDOWN COMPLETE", console.getLast());
    }
}
