/**
 * The Control Program. Guests (CMS, RSCS) see only {@code vm370.cp.guest}; the launcher in
 * {@code vm370.system} gets qualified exports of what it wires together.
 */
module vm370.cp {
    requires transitive vm370.s370;
    requires vm370.directory;
    requires vm370.spool;
    requires vm370.terminals;

    exports vm370.cp.guest;
    exports vm370.cp to vm370.system;
    exports vm370.cp.bench to vm370.system;
    exports vm370.cp.command to vm370.system;
    exports vm370.cp.config to vm370.system;
    exports vm370.cp.console to vm370.system;
    exports vm370.cp.security to vm370.system;
    exports vm370.cp.dispatch to vm370.system;
    exports vm370.cp.paging to vm370.system;
    exports vm370.cp.vio to vm370.system;
    exports vm370.cp.vm to vm370.system;
    exports vm370.cp.trace to vm370.system;
}
