package vm370.cms.xedit;

import vm370.cms.rexx.RexxHost;

/**
 * What the editor needs of the CMS that runs it: the REXX environment macros run in (null when
 * there is none), and CMS commands for subcommands XEDIT does not know (SET IMPCMSCP ON).
 */
public interface EditorHost {

    /** The host macros' SAY, stack, external routines and other environments go to; null: no macros. */
    default RexxHost rexx() {
        return null;
    }

    /** Runs a CMS (or CP) command; its return code, or {@link RexxHost#COMMAND_NOT_FOUND} when there is no CMS. */
    default int cmsCommand(String command) {
        return RexxHost.COMMAND_NOT_FOUND;
    }

    /** A CP command's response lines (DIAGNOSE 08), for RDRLIST; none without CMS. */
    default java.util.List<String> cpResponse(String command) {
        return java.util.List.of();
    }

    /**
     * A message as the user's CP SET EMSG shows it (CMS asks CP with DIAGNOSE X'5C'): all of it,
     * the text only, the id only, or nothing (null). Without CMS, all of it.
     */
    default String editMessage(String message) {
        return message;
    }

    /** No CMS behind the editor: no macros, no CMS commands. */
    EditorHost NONE = new EditorHost() {
    };
}
