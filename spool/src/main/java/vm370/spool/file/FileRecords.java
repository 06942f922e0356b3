package vm370.spool.file;

/** Reads a closed file's records in order, block by block (for real devices; readers use a cursor directly). */
public final class FileRecords {

    /** Receives one record: its CCW command code and a copy of its data. */
    @FunctionalInterface
    public interface Visitor {
        void record(int operation, byte[] data);
    }

    private FileRecords() {
    }

    /** Calls {@code visitor} for every record of the file; returns how many there were. */
    public static int scan(SpoolStore store, int spoolId, Visitor visitor) {
        RecordBlock.Cursor cursor = new RecordBlock.Cursor();
        int count = 0;
        for (int block = 0; ; block++) {
            byte[] packed = store.block(spoolId, block);
            if (packed == null) {
                return count;
            }
            cursor.reset(packed);
            while (cursor.next()) {
                byte[] data = new byte[cursor.length()];
                cursor.copyTo(data, 0, data.length);
                visitor.record(cursor.operation(), data);
                count++;
            }
        }
    }
}
