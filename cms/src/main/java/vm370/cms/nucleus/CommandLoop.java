package vm370.cms.nucleus;

import java.util.Locale;
import vm370.cp.guest.GuestEnded;

/**
 * The terminal command loop: reads a line (the program stack first), runs it, writes the ready
 * message. PROFILE EXEC runs at once with PARM AUTOCR, else before the first command unless that
 * command is {@code ACCESS … (NOPROF}. A command that fails inside the nucleus ends with a message
 * and a return code; CMS itself goes on.
 * @vm370 DMSINT
 */
final class CommandLoop {

    private static final System.Logger LOG = System.getLogger(CommandLoop.class.getName());
    /** The return code of a command the nucleus could not complete (an abend). */
    static final int ABEND = 256;

    private final CmsSession cms;
    private boolean profileDone;

    CommandLoop(CmsSession cms, boolean autoCarriageReturn) {
        this.cms = cms;
        if (autoCarriageReturn) {
            profile();
        }
    }

    void run() {
        while (true) {
            String line = cms.nextInputLine();
            if (line == null) {
                return;
            }
            if (!profileDone) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("ACC") && upper.contains("NOPROF")) {
                    profileDone = true;
                } else {
                    profile();
                }
            }
            if (line.isBlank()) {
                continue;
            }
            long before = cms.cpuMicros();
            int rc = runCommand(line);
            cms.console().line(cms.readyLine(rc, before));
        }
    }

    private void profile() {
        profileDone = true;
        var profile = cms.disks().find("PROFILE", "EXEC", "*");
        if (profile.isPresent()) {
            long before = cms.cpuMicros();
            int rc = runCommand("EXEC PROFILE");
            cms.console().line(cms.readyLine(rc, before));
        }
    }

    /** Runs one command line, whatever happens inside it. */
    int runCommand(String line) {
        try {
            return cms.execute(line);
        } catch (Console.HaltExecution halt) {
            return 0;
        } catch (GuestEnded ended) {
            throw ended;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "CMS command failed: " + line, e);
            cms.console().message("DMSABN148T SYSTEM ABEND IN COMMAND '" + CommandLine.parse(line).verb() + "'");
            return ABEND;
        } finally {
            cms.commandEnded();
        }
    }
}
