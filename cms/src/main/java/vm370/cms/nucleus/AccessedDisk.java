package vm370.cms.nucleus;

import java.util.List;
import java.util.Optional;
import vm370.cms.fs.BlockDevice;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FileStatus;

/**
 * A disk in the search order: its mode letter, virtual address, the file system on it, the letter
 * of the disk it extends (a blank when it is no extension) and the files ACCESS let through.
 */
public record AccessedDisk(char mode, int address, BlockDevice device, CmsDisk disk, char parent,
        FilePattern filter) {

    public boolean readOnly() {
        return disk.readOnly();
    }

    /** The address as CMS shows it: three hex digits at least. */
    public String cuu() {
        return String.format("%03X", address);
    }

    /** The files matching {@code pattern} that ACCESS's filter lets through. */
    public List<FileStatus> list(FilePattern pattern) {
        List<FileStatus> all = disk.list(pattern);
        return filter == null ? all : all.stream().filter(filter::matches).toList();
    }

    public Optional<FileStatus> state(String fileName, String fileType) {
        return disk.state(fileName, fileType).filter(f -> filter == null || filter.matches(f));
    }
}
