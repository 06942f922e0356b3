package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.model.AccessMode;
import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.s370.device.dasd.DasdGeometry;

/** The sample directory through DIRECTXA into H2, and the API CP uses on it. */
class UserDirectoryTest {

    @TempDir
    Path var;

    @BeforeEach
    void compileTheSampleDirectory() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(SampleSystem.userDirect()));
        }
    }

    @Test
    void sampleDirectoryIsInForceAfterReopening() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertEquals(List.of("$ALLOC$", "OPERATOR", "MAINT", "RSCS", "CMSBATCH", "AUTOLOG1", "USER1", "USER2",
                    "SHARED"), directory.userids());
            UserEntry maint = directory.lookup("MAINT").orElseThrow();
            assertEquals(15L << 20, maint.storage());
            assertEquals("ABCDEFGH", maint.classes());
            assertEquals(Optional.empty(), directory.lookup("NOBODY"));
        }
    }

    @Test
    void logonChecksPasswordsAndTheKeywordRules() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertEquals(LogonVerdict.ACCEPTED, directory.verifyLogon("USER1", "user1".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.PASSWORD_INCORRECT,
                    directory.verifyLogon("USER1", "USER2".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.PASSWORD_INCORRECT, directory.verifyLogon("USER1", new char[0], LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.NOT_IN_DIRECTORY, directory.verifyLogon("NOBODY", "X".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.NOLOG, directory.verifyLogon("$ALLOC$", "NOLOG".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.NOLOG, directory.verifyLogon("$ALLOC$", new char[0], LogonMethod.AUTOLOG));
            assertEquals(LogonVerdict.AUTOLOG_ONLY,
                    directory.verifyLogon("AUTOLOG1", "AUTOONLY".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.ACCEPTED, directory.verifyLogon("AUTOLOG1", new char[0], LogonMethod.AUTOLOG));
            assertEquals(LogonVerdict.LOGONBY_ONLY, directory.verifyLogon("SHARED", "X".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(LogonVerdict.ACCEPTED, directory.verifyLogonBy("SHARED", "USER2", "USER2".toCharArray()));
            assertEquals(LogonVerdict.PASSWORD_INCORRECT, directory.verifyLogonBy("SHARED", "USER2", "USER1".toCharArray()));
            assertEquals(LogonVerdict.NOT_AUTHORIZED, directory.verifyLogonBy("SHARED", "MAINT", "CPCMS".toCharArray()));
        }
    }

    @Test
    void linkChecksTheMinidiskPasswordForTheModeAsked() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertEquals(LinkVerdict.PERMITTED, directory.verifyLink("USER2", "USER1", 0x191, AccessMode.RR, new char[0]));
            assertEquals(LinkVerdict.PERMITTED, directory.verifyLink("USER2", "USER1", 0x191, AccessMode.W, "write".toCharArray()));
            assertEquals(LinkVerdict.PASSWORD_INCORRECT,
                    directory.verifyLink("USER2", "USER1", 0x191, AccessMode.MW, "WRITE".toCharArray()));
            assertEquals(LinkVerdict.NOT_PERMITTED, directory.verifyLink("USER2", "RSCS", 0x191, AccessMode.W, "X".toCharArray()));
            assertEquals(LinkVerdict.PERMITTED, directory.verifyLink("MAINT", "RSCS", 0x191, AccessMode.W, new char[0]));
            assertEquals(LinkVerdict.NO_SUCH_DISK, directory.verifyLink("USER2", "USER1", 0x192, AccessMode.RR, new char[0]));
            assertEquals(LinkVerdict.NO_SUCH_USER, directory.verifyLink("USER2", "NOBODY", 0x191, AccessMode.RR, new char[0]));
        }
    }

    @Test
    void disksResolveOwnMinidisksAndProfileLinksToRealExtents() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            List<ResolvedDisk> disks = directory.disks("USER1");
            assertEquals(List.of(0x190, 0x19D, 0x19E, 0x191), disks.stream().map(ResolvedDisk::vaddr).toList());
            ResolvedDisk cmsSystem = disks.getFirst();
            assertEquals("MAINT", cmsSystem.owner());
            assertTrue(cmsSystem.linked());
            assertEquals(new DiskMode(AccessMode.RR, false), cmsSystem.mode());
            assertEquals("VMSYS1", cmsSystem.extent().volume().volser());
            assertEquals(101, cmsSystem.extent().first());
            assertEquals(160, cmsSystem.extent().last());
            ResolvedDisk own = disks.getLast();
            assertFalse(own.linked());
            assertEquals(54, own.extent().first());
        }
    }

    @Test
    void exportThenDirectxaThenExportIsIdentical() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            String first = directory.export();
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(first));
            assertEquals(first, directory.export());
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            String fromDisk = reopened.export();
            assertInstanceOf(UpdateOutcome.Applied.class, reopened.directxa(fromDisk));
            assertEquals(fromDisk, reopened.export());
            assertEquals(LogonVerdict.ACCEPTED, reopened.verifyLogon("MAINT", "CPCMS".toCharArray(), LogonMethod.TERMINAL));
        }
    }

    @Test
    void directxaOfAnUnchangedPasswordKeepsItsHashAndAChangedOneGetsANewHash() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            Secret user1 = directory.lookup("USER1").orElseThrow().password();
            Secret user2 = directory.lookup("USER2").orElseThrow().password();
            String changed = SampleSystem.userDirect().replace("USER USER2 USER2 ", "USER USER2 NEWPW ");
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(changed));
            assertEquals(user1, directory.lookup("USER1").orElseThrow().password());
            assertFalse(user2.equals(directory.lookup("USER2").orElseThrow().password()));
            assertEquals(LogonVerdict.ACCEPTED, directory.verifyLogon("USER2", "NEWPW".toCharArray(), LogonMethod.TERMINAL));
        }
        try (UserDirectory withMoreIterations = UserDirectory.open(
                SampleSystem.config().directoryUrl(var), SampleSystem.config().volumes(), new PasswordHasher(3))) {
            Secret user1 = withMoreIterations.lookup("USER1").orElseThrow().password();
            assertInstanceOf(UpdateOutcome.Applied.class, withMoreIterations.directxa(SampleSystem.userDirect()));
            Secret rehashed = withMoreIterations.lookup("USER1").orElseThrow().password();
            assertFalse(user1.equals(rehashed));
            assertTrue(rehashed.render().startsWith("PBKDF2:3:"));
        }
    }

    @Test
    void clearPasswordsAreNeverStoredOrExported() throws Exception {
        String source = "USER SPY ZQXJ7WVK 1M 1M G\n MDISK 191 3350 070 1 VMUSR1 MR ALL KPWZX9QJ\n";
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(source));
            String exported = directory.export();
            assertFalse(exported.contains("ZQXJ7WVK") || exported.contains("KPWZX9QJ"), exported);
            assertInstanceOf(Secret.Hashed.class, directory.lookup("SPY").orElseThrow().password());
        }
        for (Path file : Files.list(var).toList()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("ZQXJ7WVK") || bytes.contains("KPWZX9QJ"), file.toString());
        }
    }

    @Test
    void rejectedDirectxaLeavesTheDirectoryInForceUntouched() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            String before = directory.export();
            UpdateOutcome outcome = directory.directxa("USER ONLY PW 1M 1M G\n MDISK 191 3350 1 10 NOSUCH MR\n");
            assertInstanceOf(UpdateOutcome.Rejected.class, outcome);
            assertEquals(before, directory.export());
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertTrue(reopened.lookup("MAINT").isPresent());
            assertFalse(reopened.lookup("ONLY").isPresent());
        }
    }

    @Test
    void changesAreVisibleAtOnceAndDurable() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            UserEntry newUser = new UserEntry("USER3", new Secret.Clear("PASS3"), 4L << 20, 16L << 20, "G", List.of(),
                    Optional.of("CMSUSER"), List.of());
            assertInstanceOf(UpdateOutcome.Applied.class, directory.addUser(newUser));
            assertEquals(LogonVerdict.ACCEPTED, directory.verifyLogon("USER3", "PASS3".toCharArray(), LogonMethod.TERMINAL));
            assertInstanceOf(UpdateOutcome.Rejected.class, directory.addUser(newUser));
            assertInstanceOf(UpdateOutcome.Applied.class, directory.changePassword("USER3", "NEWPW".toCharArray()));
            assertEquals(LogonVerdict.PASSWORD_INCORRECT,
                    directory.verifyLogon("USER3", "PASS3".toCharArray(), LogonMethod.TERMINAL));
            assertInstanceOf(UpdateOutcome.Applied.class,
                    directory.addMinidisk("USER3", 0x191, DasdGeometry.D3350, 20, new DiskMode(AccessMode.MR, false)));
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(LogonVerdict.ACCEPTED, reopened.verifyLogon("USER3", "NEWPW".toCharArray(), LogonMethod.TERMINAL));
            EntryStatement.Minidisk disk = reopened.snapshot()
                    .minidisk(reopened.lookup("USER3").orElseThrow(), 0x191).orElseThrow();
            assertEquals("VMSYS1", disk.volser());
            assertEquals(1, disk.start());
            assertEquals(List.of("USER3"), reopened.userids().subList(reopened.userids().size() - 1, reopened.userids().size()));
        }
    }

    @Test
    void addMinidiskTakesTheFirstFreeExtentBigEnough() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            directory.addMinidisk("USER1", 0x196, DasdGeometry.D3350, 99, DiskMode.WRITE);
            directory.addMinidisk("USER1", 0x192, DasdGeometry.D3350, 3, DiskMode.WRITE);
            EntryStatement.Minidisk disk = directory.snapshot()
                    .minidisk(directory.lookup("USER1").orElseThrow(), 0x192).orElseThrow();
            assertEquals("VMSYS1", disk.volser());
            assertEquals(296, disk.start(), "the one cylinder left at 100 is too small");
            UpdateOutcome.Rejected full = assertInstanceOf(UpdateOutcome.Rejected.class,
                    directory.addMinidisk("USER1", 0x193, DasdGeometry.D3350, 600, DiskMode.WRITE));
            assertEquals(DirectoryErrorKind.NO_FREE_EXTENT, full.errors().getFirst().kind());
            UpdateOutcome.Rejected duplicate = assertInstanceOf(UpdateOutcome.Rejected.class,
                    directory.addMinidisk("USER1", 0x191, DasdGeometry.D3350, 1, DiskMode.WRITE));
            assertEquals(DirectoryErrorKind.DUPLICATE_ADDRESS, duplicate.errors().getFirst().kind());
        }
    }

    @Test
    void deletingAUserOthersLinkToOrLogOnByIsRefusedOtherwiseDone() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            UpdateOutcome.Rejected refused = assertInstanceOf(UpdateOutcome.Rejected.class, directory.deleteUser("MAINT"));
            assertEquals(DirectoryErrorKind.LINK_UNKNOWN_USER, refused.errors().getFirst().kind());
            assertTrue(directory.lookup("MAINT").isPresent());
            UpdateOutcome.Rejected named = assertInstanceOf(UpdateOutcome.Rejected.class, directory.deleteUser("USER2"));
            assertEquals(List.of(new DirectoryError(0, DirectoryErrorKind.LOGONBY_UNKNOWN_USER, "USER2")), named.errors());
            assertTrue(directory.lookup("USER2").isPresent());
            assertInstanceOf(UpdateOutcome.Applied.class, directory.deleteUser("CMSBATCH"));
            assertFalse(directory.lookup("CMSBATCH").isPresent());
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertFalse(reopened.lookup("CMSBATCH").isPresent());
            assertTrue(reopened.lookup("USER2").isPresent());
        }
    }

    @Test
    void replaceUserKeepsItsPlaceInTheDirectory() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            UserEntry rscs = directory.lookup("RSCS").orElseThrow();
            UserEntry bigger = new UserEntry("RSCS", rscs.password(), 4L << 20, 16L << 20, rscs.classes(), rscs.tail(),
                    rscs.include(), rscs.statements());
            assertInstanceOf(UpdateOutcome.Applied.class, directory.replaceUser(bigger));
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(4L << 20, reopened.lookup("RSCS").orElseThrow().storage());
            assertEquals("RSCS", reopened.userids().get(3));
        }
    }

    @Test
    void aSecondSystemSharingTheDatabaseSeesChangesOnRefresh() throws Exception {
        try (UserDirectory first = SampleSystem.open(var); UserDirectory second = SampleSystem.open(var)) {
            assertFalse(second.refresh());
            assertInstanceOf(UpdateOutcome.Applied.class, first.deleteUser("CMSBATCH"));
            assertTrue(second.lookup("CMSBATCH").isPresent());
            assertTrue(second.refresh());
            assertFalse(second.lookup("CMSBATCH").isPresent());
        }
    }

    @Test
    void addUserRefusesAnInvalidUserid() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            UserEntry bad = new UserEntry("lower", Secret.Keyword.NOLOG, 1L << 20, 1L << 20, "G", List.of(),
                    Optional.empty(), List.of());
            assertInstanceOf(UpdateOutcome.Rejected.class, directory.addUser(bad));
        }
    }

    @Test
    void dirmapListsExtentsAndGapsPerVolume() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            String map = directory.map();
            assertTrue(map.contains("""
                    VOLUME VMUSR2 3380   40 CYLINDERS
                         START      END     SIZE  USERID   ADDR
                             0        0        1  $ALLOC$  A03
                             1       10       10  USER2    191
                            11       30       20  SHARED   191
                            31       39        9  (GAP)
                    """), map);
            assertTrue(map.contains("         0      299      300  MAINT    123  FULL PACK"), map);
        }
    }

    @Test
    void passwordHashesAreSaltedAndCheckedIgnoringCase() {
        PasswordHasher hasher = new PasswordHasher(3);
        Secret.Hashed first = hasher.hash("Secret");
        Secret.Hashed second = hasher.hash("SECRET");
        assertFalse(first.equals(second));
        assertTrue(PasswordHasher.isWellFormed(first.encoded()));
        assertTrue(PasswordHasher.matches(first, "secret".toCharArray()));
        assertTrue(PasswordHasher.matches(second, "Secret".toCharArray()));
        assertFalse(PasswordHasher.matches(first, "SECRET1".toCharArray()));
        assertArrayEquals(new String[] {"PBKDF2", "3"}, List.of(first.encoded().split(":")).subList(0, 2).toArray());
    }
}
