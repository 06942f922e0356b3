/**
 * RSCS, the spool networking service machine: a guest that reaches CP only through vm370.cp.guest,
 * and reads its configuration file from its 191 minidisk with CMS's file system (vm370.cms.fs).
 */
module vm370.rscs {
    requires vm370.cp;
    requires vm370.cms;

    exports vm370.rscs;
    exports vm370.rscs.nje;
    exports vm370.rscs.config to vm370.system;
    exports vm370.rscs.command to vm370.system;
}
