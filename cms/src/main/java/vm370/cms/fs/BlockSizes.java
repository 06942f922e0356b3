package vm370.cms.fs;

/** The four CMS block sizes EDF allows. */
final class BlockSizes {

    private BlockSizes() {
    }

    static boolean valid(int blockSize) {
        return blockSize == 512 || blockSize == 1024 || blockSize == 2048 || blockSize == 4096;
    }

    static void check(int blockSize) {
        if (!valid(blockSize)) {
            throw new IllegalArgumentException("block size: " + blockSize + " (expected: 512, 1024, 2048 or 4096)");
        }
    }
}
