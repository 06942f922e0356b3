/** CMS, the single-user operating system: a guest that reaches CP only through vm370.cp.guest. */
module vm370.cms {
    requires vm370.cp;

    exports vm370.cms.rexx;
    exports vm370.cms.fs;
    exports vm370.cms.xedit;
    exports vm370.cms.display;
    exports vm370.cms.nucleus;
    exports vm370.cms.program;
}
