package vm370.directory;

/** The directory's answer to a LINK request against a minidisk's passwords. */
public enum LinkVerdict {
    PERMITTED,
    /** DMKLNK... PASSWORD INCORRECT. */
    PASSWORD_INCORRECT,
    /** The minidisk has no password for the level asked, so only its owner may have it. */
    NOT_PERMITTED,
    /** DMKLNK107E userid vaddr NOT LINKED; NOT IN CP DIRECTORY. */
    NO_SUCH_USER,
    /** The owner has no minidisk at that address. */
    NO_SUCH_DISK
}
