package vm370.system.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vm370.cp.security.SecurityJournal;
import vm370.directory.DirectoryError;
import vm370.directory.DirectoryException;
import vm370.directory.UpdateOutcome;
import vm370.directory.UserDirectory;

/** {@code vm370 directxa FILE}: compile a USER DIRECT source and replace the directory in force, or change nothing. */
@Command(name = "directxa", description = "Compile a directory source and make it the directory in force.")
public final class DirectxaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The directory source (USER DIRECT).")
    private Path file;

    @Mixin
    private DirectoryOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            err.println("DMKDIR793E CANNOT READ " + file + " - "
                    + (e instanceof NoSuchFileException ? "NOT FOUND" : e.getMessage()));
            return 1;
        }
        try (UserDirectory directory = options.open(err)) {
            switch (directory.directxa(source)) {
                case UpdateOutcome.Applied applied -> {
                    journal("APPLIED " + applied.directory().users().size() + " USERS FROM " + file, err);
                    out.println("DIRECTXA: DIRECTORY UPDATED - " + applied.directory().users().size() + " USERS, "
                            + applied.directory().profiles().size() + " PROFILES");
                    return 0;
                }
                case UpdateOutcome.Rejected rejected -> {
                    journal("REJECTED " + rejected.errors().size() + " ERRORS IN " + file, err);
                    rejected.errors().stream().map(DirectoryError::message).forEach(err::println);
                    err.println("DMKDIR770E DIRECTORY NOT UPDATED - " + rejected.errors().size() + " ERRORS");
                    return 1;
                }
            }
        } catch (DirectoryException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** DIRECTXA is journaled in the state folder's security journal, with the host user who ran it. */
    private void journal(String detail, PrintWriter err) {
        try (SecurityJournal journal = SecurityJournal.open(options.var().resolve("journal.log"), InstantSource.system())) {
            journal.record(SecurityJournal.Event.DIRECTXA, System.getProperty("user.name", "?"), detail);
        } catch (IOException e) {
            err.println("DMKDIR794W SECURITY JOURNAL NOT WRITTEN - " + e.getMessage());
        }
    }
}
