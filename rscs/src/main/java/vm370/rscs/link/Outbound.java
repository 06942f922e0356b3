package vm370.rscs.link;

import vm370.rscs.nje.NetworkFile;

/** A file queued on a link, and the spool id it keeps in RSCS's reader until the peer has it. */
public record Outbound(NetworkFile file, int spoolId) { }
