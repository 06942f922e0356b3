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

/**
 * The sample system's first IPL prepares its minidisks through CMS in MAINT's machine: a user who
 * logs on finds CMS at Ready; with an A-disk, the S-disk's CMSLIB MACLIB and the Y-disk's samples.
 */
@Tag("system")
class FirstIplDisksTest {

    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    Path var;

    private OnlineSystem ipl(List<String> console) throws Exception {
        RunningSystem.Options sample = RunningSystem.Options.sample(HOME, var, NamedSystemsCatalog.all());
        return OnlineSystem.ipl(OnlineSystem.Options.of(sample, console::add).withPort(OptionalInt.of(0)));
    }

    @Test
    void theFirstIplFormatsEveryCmsDiskAndFillsTheSystemDisksSoThatIplCmsEndsAtReady() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        OnlineSystem online = ipl(console);
        try {
            assertTrue(console.contains("DMKCPI959I MINIDISK MAINT    190 FORMATTED CMS190, 1 FILE ADDED"), console.toString());
            assertTrue(console.stream().anyMatch(l -> l.startsWith("DMKCPI959I MINIDISK MAINT    19E FORMATTED CMS19E, ")),
                    console.toString());
            assertTrue(console.contains("DMKCPI959I MINIDISK USER1    191 FORMATTED USER1, 1 FILE ADDED"), console.toString());
            assertTrue(console.contains("DMKCPI959I MINIDISK CMSBATCH 191 FORMATTED CMSBAT"), console.toString());
            assertTrue(console.contains("DMKCPI959I MINIDISK RSCS     191 FORMATTED RSCS, 1 FILE ADDED"),
                    "RSCS CONFIG from samples/rscs.config: " + console);
            assertTrue(console.stream().noneMatch(l -> l.startsWith("DMKCPI958E")), console.toString());

            CmsUser user1 = new CmsUser(online.system().cp(), "USER1");
            List<String> ipl = user1.untilReady();
            assertTrue(ipl.getFirst().startsWith("CMS VERSION"), ipl.toString());
            assertTrue(ipl.getLast().startsWith("Ready;"), "PROFILE EXEC ran at IPL: " + ipl);
            assertTrue(ipl.stream().noneMatch(l -> l.startsWith("DMSACC")), "no disk message at IPL: " + ipl);

            List<String> systemDisk = user1.command("LISTFILE * * S");
            assertEquals("CMSLIB   MACLIB   S2", systemDisk.getFirst(), "the S-disk, then its extension Y: " + systemDisk);

            List<String> disks = user1.command("Q DISK *");
            assertTrue(disks.get(1).startsWith("USER1  191 A   R/W"), disks.toString());
            assertTrue(disks.stream().anyMatch(l -> l.startsWith("CMS190 190 S   R/O")), disks.toString());
            assertTrue(disks.stream().anyMatch(l -> l.startsWith("CMS19E 19E Y/S R/O")), disks.toString());

            List<String> samples = user1.command("LISTFILE * * Y");
            assertTrue(samples.containsAll(List.of("HELLO    EXEC     Y2", "CMSHELLO ASSEMBLE Y2", "SAMPLE   MACLIB   Y2")),
                    samples.toString());
            List<String> hello = user1.command("HELLO");
            assertEquals("Hello, USER1!", hello.getFirst(), hello.toString());

            user1.command("COPYFILE HELLO EXEC Y = = A");
            assertTrue(user1.command("LISTFILE * * A").contains("HELLO    EXEC     A2"));
        } finally {
            online.shutdown();
        }
    }

    @Test
    void aLaterIplLeavesTheDisksAndTheirFilesAlone() throws Exception {
        List<String> first = new CopyOnWriteArrayList<>();
        OnlineSystem online = ipl(first);
        try {
            CmsUser user2 = new CmsUser(online.system().cp(), "USER2");
            user2.untilReady();
            user2.command("COPYFILE HELLO EXEC Y KEPT EXEC A");
        } finally {
            online.shutdown();
        }
        List<String> second = new CopyOnWriteArrayList<>();
        online = ipl(second);
        try {
            assertTrue(second.stream().noneMatch(l -> l.startsWith("DMKCPI959I") || l.startsWith("DMKCPI958E")), second.toString());
            CmsUser user2 = new CmsUser(online.system().cp(), "USER2");
            user2.untilReady();
            assertTrue(user2.command("LISTFILE KEPT EXEC A").contains("KEPT     EXEC     A2"));
        } finally {
            online.shutdown();
        }
    }
}
