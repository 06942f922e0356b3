package vm370.cms.xedit;

import java.util.List;
import vm370.cms.fs.RecordFormat;

/**
 * Where XEDIT reads and writes files: CMS's accessed disks by mode letter ({@link DiskFileStore}),
 * or any other store a test or benchmark provides. Texts are lines decoded from EBCDIC.
 */
public interface FileStore {

    /** What reading a file gave. */
    sealed interface Read {
        /** The file, found on the disk whose mode is in {@code ref}. */
        record Found(FileRef ref, RecordFormat format, int lrecl, List<String> lines) implements Read {
        }

        record NotFound() implements Read {
        }

        /** The file could not be read: the message says why. */
        record Failed(String message) implements Read {
        }
    }

    /** Reads {@code ref}; a mode letter {@code *} searches the disks in order A to Z. */
    Read read(FileRef ref);

    /** Writes (replaces) {@code ref}; null when done, or the message saying why not. */
    String write(FileRef ref, RecordFormat format, int lrecl, List<String> lines);

    /** One file as FILELIST lists it. */
    record Listed(FileRef ref, RecordFormat format, int lrecl, int records, int blocks, java.time.LocalDateTime written) {
    }

    /** The files matching {@code fn ft fm} ({@code *} matches any), in disk order A to Z. */
    default List<Listed> list(String fileName, String fileType, char modeLetter) {
        return List.of();
    }

    /** The mode XEDIT gives a new file when none is named (A1, or the first read/write disk). */
    default String defaultMode() {
        return "A1";
    }
}
