package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.statement.DirectoryWriter;
import vm370.directory.store.DirectorySaveFile;
import vm370.directory.store.DirectorySaveFile.Contents;

/**
 * Opening the directory reconciles the database with the save file: a database that lost
 * acknowledged changes (here: an older copy of its file) is restored, one ahead of the save is
 * kept, and a missing or damaged save file is written anew from the database.
 */
class DirectoryRecoveryTest {

    private static final String FIRST = ConcurrentDirectxaTest.generation("GENA", 4);
    private static final String SECOND = ConcurrentDirectxaTest.generation("GENB", 7);

    @TempDir
    Path var;

    private Path database() {
        return var.resolve("directory.mv.db");
    }

    private Path saveFile() {
        return var.resolve("directory.direct");
    }

    /** DIRECTXAs {@code source} in a directory opened and closed again. */
    private void directxa(String source) throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(source));
        }
    }

    private Path copy(Path file, String name) throws Exception {
        return Files.copy(file, var.resolve(name));
    }

    private void restore(Path copy, Path file) throws Exception {
        Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String account(UserDirectory directory) {
        return directory.export().lines().filter(line -> line.startsWith(" ACCOUNT ")).findFirst().orElse("none");
    }

    /** DIRECTXAs FIRST then SECOND, puts back {@code file} as it was after FIRST, and reopens the directory. */
    private UserDirectory reopenedWithFirstCopyOf(Path file) throws Exception {
        directxa(FIRST);
        Path older = copy(file, "older-" + file.getFileName());
        directxa(SECOND);
        restore(older, file);
        return SampleSystem.open(var);
    }

    @Test
    void aDatabaseThatLostTheLastAcknowledgedDirectxaIsRestoredFromTheSaveFile() throws Exception {
        try (UserDirectory reopened = reopenedWithFirstCopyOf(database())) {
            assertEquals(" ACCOUNT GENB", account(reopened));
            assertEquals(7, reopened.userids().size());
            assertEquals(List.of("DMKDIR795I DIRECTORY RECOVERED FROM " + saveFile().toAbsolutePath()),
                    reopened.recoveryMessages());
        }
        try (UserDirectory again = SampleSystem.open(var)) {
            assertEquals(List.of(), again.recoveryMessages());
            assertEquals(" ACCOUNT GENB", account(again));
        }
    }

    @Test
    void anAcknowledgedPasswordChangeAndDeletionAreRestoredToo() throws Exception {
        directxa(FIRST);
        Path older = copy(database(), "older-directory.mv.db");
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.changePassword("U0001", "NEWPW".toCharArray()));
            assertInstanceOf(UpdateOutcome.Applied.class, directory.deleteUser("U0003"));
        }
        restore(older, database());
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(1, reopened.recoveryMessages().size());
            assertEquals(LogonVerdict.ACCEPTED,
                    reopened.verifyLogon("U0001", "NEWPW".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(List.of("U0000", "U0001", "U0002"), reopened.userids());
        }
    }

    @Test
    void aDeletedDatabaseIsRebuiltFromTheSaveFile() throws Exception {
        directxa(SECOND);
        Files.delete(database());
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(" ACCOUNT GENB", account(reopened));
            assertEquals(1, reopened.recoveryMessages().size());
        }
    }

    @Test
    void aDatabaseAheadOfTheSaveFileIsKeptAndSavedAgain() throws Exception {
        try (UserDirectory reopened = reopenedWithFirstCopyOf(saveFile())) {
            assertEquals(" ACCOUNT GENB", account(reopened));
            assertEquals(List.of(), reopened.recoveryMessages());
            assertSavedIs(reopened);
        }
    }

    @Test
    void aMissingSaveFileIsWrittenFromTheDatabase() throws Exception {
        directxa(SECOND);
        Files.delete(saveFile());
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(List.of(), reopened.recoveryMessages());
            assertSavedIs(reopened);
        }
    }

    @Test
    void aTornSaveFileKeepsTheDatabaseWithAWarningAndIsWrittenAgain() throws Exception {
        directxa(SECOND);
        byte[] whole = Files.readAllBytes(saveFile());
        Files.write(saveFile(), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(var.resolve("directory.direct.tmp"), "* DIRECTORY SAVED: GENERA");
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(" ACCOUNT GENB", account(reopened));
            assertEquals(List.of("DMKDIR796W DIRECTORY SAVE FILE " + saveFile().toAbsolutePath()
                    + " DAMAGED (LENGTH " + (whole.length / 2 - headerLength(whole)) + ", HEADER SAYS "
                    + (whole.length - headerLength(whole)) + "); DIRECTORY IN DATABASE KEPT"),
                    reopened.recoveryMessages());
            assertSavedIs(reopened);
        }
    }

    @Test
    void aChangeWhoseSaveFailsIsReportedAndStillInForceAsTheDatabaseHasIt() throws Exception {
        directxa(FIRST);
        Files.createDirectories(var.resolve("directory.direct.tmp"));
        try (UserDirectory directory = SampleSystem.open(var)) {
            DirectoryException failure = assertThrows(DirectoryException.class, () -> directory.directxa(SECOND));
            assertTrue(failure.getMessage().startsWith("DMKDIR797E DIRECTORY SAVE FILE ERROR - ")
                    && failure.getMessage().contains("directory.direct.tmp"), failure.getMessage());
            assertEquals(" ACCOUNT GENB", account(directory));
        }
        Files.delete(var.resolve("directory.direct.tmp"));
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals(" ACCOUNT GENB", account(reopened));
            assertEquals(List.of(), reopened.recoveryMessages());
        }
    }

    @Test
    void theSaveFileIsDirectxaInputForTheSameDirectory() throws Exception {
        directxa(SECOND);
        Path elsewhere = var.resolve("elsewhere");
        try (UserDirectory original = SampleSystem.open(var);
             UserDirectory copy = SampleSystem.open(elsewhere)) {
            assertInstanceOf(UpdateOutcome.Applied.class, copy.directxa(Files.readString(saveFile())));
            assertEquals(original.export(), copy.export());
        }
    }

    private void assertSavedIs(UserDirectory directory) throws Exception {
        Contents contents = new DirectorySaveFile(saveFile()).read();
        assertEquals(DirectoryWriter.write(directory.snapshot()),
                assertInstanceOf(Contents.Saved.class, contents).source());
    }

    private static int headerLength(byte[] file) {
        int newline = 0;
        while (file[newline] != '\n') {
            newline++;
        }
        return newline + 1;
    }
}
