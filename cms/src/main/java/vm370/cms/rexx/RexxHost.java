package vm370.cms.rexx;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a REXX program sees of the system that runs it: the console, the program stack, host
 * command environments (ADDRESS CMS, COMMAND, CP, XEDIT), external routines and host functions.
 * CMS implements it over its command processor; {@link ConsoleHost} implements it on a workstation.
 */
public interface RexxHost {

    /** Return code of a command whose environment does not exist or cannot run it (CMS: -3). */
    int COMMAND_NOT_FOUND = -3;

    /** SAY: one line to the console. */
    void say(String line);

    /** Trace and error output (the console under CMS, standard error on a workstation). */
    void traceOutput(String line);

    /** A line typed at the terminal (PULL with an empty stack, PARSE LINEIN), or null at end of input. */
    String readTerminal();

    /** The program stack, shared with the host's commands. */
    ProgramStack stack();

    /**
     * Runs a host command in an environment, returning its return code (RC). The command may
     * read and set the program's variables through {@code variables} (EXECIO does). A host
     * without command environments (REXX outside CMS) answers {@link #COMMAND_NOT_FOUND}.
     */
    default int command(String environment, String command, VariablePool variables) {
        return COMMAND_NOT_FOUND;
    }

    /** The environment that commands go to when a program starts (CMS: "CMS"). */
    default String initialEnvironment() {
        return "CMS";
    }

    /** The system word of PARSE SOURCE (CMS: "CMS"). */
    default String systemName() {
        return "CMS";
    }

    /** Finds an external routine (an EXEC or a REXX file) by name. */
    Optional<ExternalProgram> findExternal(String name, String callerName);

    /** A host function (CMS: DIAG, DIAGRC, CMSFLAG, USERID, LINESIZE...); empty if the host has none by that name. */
    default Optional<String> callFunction(String name, List<String> arguments) {
        return Optional.empty();
    }

    /** The user id (USERID()). */
    default String userId() {
        return System.getProperty("user.name", "USER").toUpperCase();
    }

    /** The console line width (LINESIZE()). */
    default int lineSize() {
        return 80;
    }

    /** The clock for DATE and TIME. */
    default Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** True once the user asked the program to stop (CMS: the HI immediate command). Cleared when read. */
    default boolean haltRequested() {
        return false;
    }

    /** A program found by name: its source text and the name that PARSE SOURCE and messages show. */
    record ExternalProgram(String name, String source) {
    }
}
