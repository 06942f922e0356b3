package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;

/** A user whose entry INCLUDEs a PROFILE gets the profile's IPL, CONSOLE and SPOOL statements at logon. */
class ProfileLogonTest {

    private static final String DIRECTORY = """
            PROFILE EVERYONE
             IPL PROBE PARM FROM PROFILE
             CONSOLE 01F 3215
             SPOOL 00E 1403 A
            USER ALICE ALICE 1M 16M G
             INCLUDE EVERYONE
            """;

    @TempDir
    Path var;

    @Test
    void logonRunsTheProfilesIplAndDefinesItsConsoleAndSpoolDevices() throws Exception {
        try (TestSystem system = new TestSystem(var, "STORAGE 4M\n", DIRECTORY)) {
            AtomicReference<String> ipled = new AtomicReference<>();
            system.named.register(new GuestSystem() {
                @Override
                public String name() {
                    return "PROBE";
                }

                @Override
                public void run(GuestMachine machine, String parm) {
                    ipled.set(parm);
                }
            });
            system.logon("ALICE");
            TestSystem.await(() -> ipled.get() != null, "the profile's IPL");
            assertEquals("FROM PROFILE", ipled.get());
            assertEquals(0x01F, system.machine("ALICE").consoleAddress());
            assertNotNull(system.cp.unitRecordDevices("ALICE").orElseThrow().at(0x00E));
        }
    }
}
