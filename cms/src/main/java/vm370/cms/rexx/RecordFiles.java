package vm370.cms.rexx;

import java.util.List;
import java.util.Optional;

/**
 * The files EXECIO reads and writes, by CMS file identifier (fn ft fm, upper case). CMS
 * implements it over its minidisk file system; tests implement it in memory.
 */
public interface RecordFiles {

    /** All records of a file, or empty when the file does not exist. */
    Optional<List<String>> read(String fileName, String fileType, String fileMode);

    /** Writes one record: {@code recordNumber} 1 replaces or extends at that record, 0 appends. */
    void write(String fileName, String fileType, String fileMode, int recordNumber, String record);

    /** FINIS: the file is closed (CMS writes its buffers and directory). */
    void close(String fileName, String fileType, String fileMode);
}
