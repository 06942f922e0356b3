package vm370.cms.fs;

/** How a writer treats an existing file of the same name. */
public enum WriteMode {
    /** FSWRITE: keep the existing records; sequential writes continue after the last one. */
    UPDATE,
    /** COPYFILE REPLACE, or ERASE then write: a new file replaces the old one when the writer closes. */
    REPLACE
}
