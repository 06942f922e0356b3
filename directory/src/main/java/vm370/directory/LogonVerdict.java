package vm370.directory;

/** The directory's answer to a logon attempt; CP turns each refusal into its DMKLOG message. */
public enum LogonVerdict {
    ACCEPTED,
    /** DMKLOG053E userid NOT IN CP DIRECTORY. */
    NOT_IN_DIRECTORY,
    /** DMKLOG050E PASSWORD INCORRECT. */
    PASSWORD_INCORRECT,
    /** The entry's password is NOLOG: it can never log on. */
    NOLOG,
    /** The entry's password is AUTOONLY: only AUTOLOG may start it. */
    AUTOLOG_ONLY,
    /** The entry's password is LBYONLY: only LOGON ... BY a user its LOGONBY names. */
    LOGONBY_ONLY,
    /** LOGON ... BY from a user the entry's LOGONBY does not name. */
    NOT_AUTHORIZED
}
