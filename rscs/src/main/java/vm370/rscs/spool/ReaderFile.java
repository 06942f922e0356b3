package vm370.rscs.spool;

/**
 * The header of a file in RSCS's reader as DIAGNOSE 14 gives it: spool id, class, the device that
 * made it, its records, who made it, name, type, distribution code, form and the TAG text.
 */
public record ReaderFile(int spoolId, char spoolClass, boolean punch, int records, String origin, String fileName,
                         String fileType, String dist, String form, String tag) { }
