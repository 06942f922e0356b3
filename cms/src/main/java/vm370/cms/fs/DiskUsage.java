package vm370.cms.fs;

/**
 * What QUERY DISK shows of one accessed disk: label, mode, cylinders, block size, files and blocks.
 * Blocks count the whole disk, the label, directory and allocation map included.
 */
public record DiskUsage(String volser, char modeLetter, boolean readOnly, int cylinders, int blockSize,
        int files, int blocksUsed, int blocksLeft, int blocksTotal) {

    /** Percentage of the disk in use, rounded down as CMS shows it. */
    public int percentFull() {
        return blocksTotal == 0 ? 100 : (int) ((long) blocksUsed * 100 / blocksTotal);
    }
}
