package vm370.cms.fs;

/**
 * Outcomes of file-system operations with the return codes CMS gives for them: as FSWRITE, FSSTATE
 * and FSERASE set register 15, as FSREAD sets it, and as a command (ERASE, RENAME, COPYFILE) ends.
 * FSREAD and FSSTATE codes as the VM/370 CMS Command and Macro Reference lists them.
 */
public enum FsCode {
    //                     write/state  read  command
    OK                    (0,           0,    0),
    /** FSSTATE/FSERASE 28, FSREAD 1, DMSxxx002E FILE NOT FOUND 28. */
    FILE_NOT_FOUND        (28,          1,    28),
    /** FSREAD 12: end of file, or a record number past it. */
    END_OF_FILE           (12,          12,   12),
    /** FSWRITE 12; commands print DMSxxx037E DISK 'm' IS READ/ONLY and end with 36. */
    DISK_READ_ONLY        (12,          12,   36),
    /** FSWRITE 13: no free block for data, pointers or the directory. */
    DISK_FULL             (13,          13,   13),
    /** DMSxxx024E FILE 'fn ft fm' ALREADY EXISTS. */
    FILE_EXISTS           (28,          28,   28),
    /** FSWRITE 15: an F record not LRECL long, or a V replacement of another length. */
    WRONG_LENGTH          (15,          8,    24),
    /** FSWRITE 16: RECFM differs from the existing file's. */
    WRONG_RECORD_FORMAT   (16,          7,    24),
    /** FSWRITE 7: a V record written past the next one (V files cannot be sparse). */
    SKIP_VARIABLE         (7,           7,    24),
    /** FSWRITE 17: a V record longer than 65535 bytes. */
    RECORD_TOO_LONG       (17,          8,    24),
    /** FSREAD 8 (incorrect length): the buffer is shorter than the record, which was truncated. */
    BUFFER_TOO_SMALL      (8,           8,    24),
    /** FSWRITE 6: record number 0, negative or beyond 2^31−1. */
    BAD_RECORD_NUMBER     (6,           5,    24),
    /** The label is not CMS1 or the disk's structures are damaged (ACCESS: not a CMS disk). */
    NOT_FORMATTED         (3,           3,    100),
    /** A host I/O error under the disk (a unit check on the real machine); FSREAD 3, permanent I/O error. */
    IO_ERROR              (3,           3,    100);

    private final int returnCode;
    private final int readReturnCode;
    private final int commandReturnCode;

    FsCode(int returnCode, int readReturnCode, int commandReturnCode) {
        this.returnCode = returnCode;
        this.readReturnCode = readReturnCode;
        this.commandReturnCode = commandReturnCode;
    }

    /** Register 15 after FSWRITE, FSSTATE, FSERASE. */
    public int returnCode() {
        return returnCode;
    }

    /** Register 15 after FSREAD. */
    public int readReturnCode() {
        return readReturnCode;
    }

    /** The return code of a command that failed this way. */
    public int commandReturnCode() {
        return commandReturnCode;
    }
}
