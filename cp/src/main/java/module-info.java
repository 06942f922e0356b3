/**
 * The Control Program. Guests (CMS, RSCS) see only {@code vm370.cp.guest}; the launcher in
 * {@code vm370.system} gets qualified exports of what it wires together.
 */
module vm370.cp {
    requires transitive vm370.s370;
    requires vm370.directory;
    requires vm370.spool;
    requires vm370.terminals;
}
