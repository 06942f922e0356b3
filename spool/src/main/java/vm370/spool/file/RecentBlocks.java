package vm370.spool.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of recently closed files, kept in memory up to a byte budget (oldest dropped first), so
 * that a file read soon after it was closed (a punch sent to a reader) costs no database read.
 * Blocks are immutable once stored. Thread-safe.
 */
final class RecentBlocks {

    private final long budget;
    private final LinkedHashMap<Integer, List<byte[]>> files = new LinkedHashMap<>();
    private long bytes;

    RecentBlocks(long budget) {
        this.budget = budget;
    }

    synchronized void put(int spoolId, List<byte[]> blocks) {
        remove(spoolId);
        long size = size(blocks);
        if (size > budget / 4) {
            return;
        }
        files.put(spoolId, List.copyOf(blocks));
        bytes += size;
        var oldest = files.entrySet().iterator();
        while (bytes > budget && oldest.hasNext()) {
            Map.Entry<Integer, List<byte[]>> entry = oldest.next();
            bytes -= size(entry.getValue());
            oldest.remove();
        }
    }

    /** A whole file's blocks, or null when not kept. */
    synchronized List<byte[]> get(int spoolId) {
        return files.get(spoolId);
    }

    synchronized void remove(int spoolId) {
        List<byte[]> removed = files.remove(spoolId);
        if (removed != null) {
            bytes -= size(removed);
        }
    }

    private static long size(List<byte[]> blocks) {
        long size = 0;
        for (byte[] block : blocks) {
            size += block.length;
        }
        return size;
    }
}
