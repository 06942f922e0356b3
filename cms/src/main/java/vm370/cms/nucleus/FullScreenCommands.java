package vm370.cms.nucleus;

import vm370.cms.display.DiagnoseTerminal;
import vm370.cms.display.FullScreenTerminal;
import vm370.cms.display.MessageEditing;
import vm370.cms.rexx.RexxHost;
import vm370.cms.xedit.DiskFileStore;
import vm370.cms.xedit.EditorHost;
import vm370.cms.xedit.LineConsole;
import vm370.cms.xedit.XeditCommand;

/**
 * XEDIT, FILELIST and RDRLIST as CMS commands: the editor gets the accessed disks, CMS's REXX host for its
 * macros, CMS commands for words it does not know, SET EMSG editing, and the user's 3270 through
 * DIAGNOSE X'58' (the line-mode subset on a typewriter console).
 */
final class FullScreenCommands {

    private FullScreenCommands() {
    }

    /** XEDIT fn ft [fm] [(options]. */
    static int xedit(CmsSession cms, CommandLine line) {
        return run(cms, line.text(), false);
    }

    /** FILELIST [fn [ft [fm]]]. */
    static int fileList(CmsSession cms, CommandLine line) {
        return run(cms, line.text(), true);
    }

    /** RDRLIST: the reader's files, full screen on a 3270 (QUERY READER ALL's list on a typewriter). */
    static int readerList(CmsSession cms, CommandLine line) {
        DiagnoseTerminal terminal = new DiagnoseTerminal(cms.machine(), -1, StorageMap.FULL_SCREEN, StorageMap.FULL_SCREEN_SIZE);
        return terminal.available() ? run(cms, null, true) : SpoolCommands.readerList(cms, line);
    }

    private static int run(CmsSession cms, String operands, boolean list) {
        DiagnoseTerminal terminal = new DiagnoseTerminal(cms.machine(), -1, StorageMap.FULL_SCREEN, StorageMap.FULL_SCREEN_SIZE);
        FullScreenTerminal screen = terminal.available() ? terminal : null;
        DiskFileStore files = new DiskFileStore(mode -> cms.disks().get(mode).map(AccessedDisk::disk));
        LineConsole console = new LineConsole() {
            @Override
            public void write(String text) {
                cms.console().line(text);
            }

            @Override
            public String read() {
                return cms.console().read();
            }
        };
        if (operands == null) {
            return XeditCommand.readerList(files, host(cms), screen, console);
        }
        return list ? XeditCommand.fileList(operands, files, host(cms), screen, console)
                : XeditCommand.run(operands, files, host(cms), screen, console);
    }

    private static EditorHost host(CmsSession cms) {
        RexxHost rexx = new CmsExecHost(cms);
        MessageEditing emsg = new MessageEditing(cms.machine(), StorageMap.CONSOLE_OUTPUT, StorageMap.CONSOLE_OUTPUT_SIZE);
        return new EditorHost() {
            @Override
            public RexxHost rexx() {
                return rexx;
            }

            @Override
            public int cmsCommand(String command) {
                return cms.execute(command);
            }

            @Override
            public java.util.List<String> cpResponse(String command) {
                return cms.cp(command).lines();
            }

            @Override
            public String editMessage(String message) {
                return emsg.edit(message);
            }
        };
    }
}
