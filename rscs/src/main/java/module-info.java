/** RSCS, the spool networking service machine: a guest that reaches CP only through vm370.cp.guest. */
module vm370.rscs {
    requires vm370.cp;
}
