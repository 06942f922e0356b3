package vm370.cms.nucleus;

import java.io.IOException;

/**
 * The nucleus's block buffers in guest storage, shared by every accessed disk: blocks written wait
 * here until the buffers fill or a disk flushes, then go to CP disk by disk, in the order written,
 * each disk's blocks in one DIAGNOSE X'250'. A read of a waiting block is answered from its buffer.
 */
final class WriteBehind {

    private static final int SLOTS = StorageMap.BLOCK_SLOTS - 1;

    private final Supervisor supervisor;
    private final DiagnoseBlockDevice[] devices = new DiagnoseBlockDevice[SLOTS];
    private final int[] blocks = new int[SLOTS];
    private int count;
    private final int[] batchBlocks = new int[SLOTS];
    private final int[] batchSlots = new int[SLOTS];

    WriteBehind(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    static int slot(int index) {
        return StorageMap.BLOCK_BUFFERS + 4096 * index;
    }

    boolean readPending(DiagnoseBlockDevice device, int block, byte[] into) {
        for (int i = count - 1; i >= 0; i--) {
            if (devices[i] == device && blocks[i] == block) {
                supervisor.read(slot(i), into, 0, device.blockSize());
                return true;
            }
        }
        return false;
    }

    void write(DiagnoseBlockDevice device, int block, byte[] from, int length) throws IOException {
        for (int i = 0; i < count; i++) {
            if (devices[i] == device && blocks[i] == block) {
                supervisor.write(slot(i), from, 0, length);
                return;
            }
        }
        if (count == SLOTS) {
            flush();
        }
        supervisor.write(slot(count), from, 0, length);
        devices[count] = device;
        blocks[count++] = block;
    }

    /** Sends every waiting block to CP; a failure leaves none waiting (the disk's commit fails instead). */
    void flush() throws IOException {
        int total = count;
        count = 0;
        IOException failed = null;
        for (int i = 0; i < total; i++) {
            DiagnoseBlockDevice device = devices[i];
            if (device == null) {
                continue;
            }
            int n = 0;
            for (int j = i; j < total; j++) {
                if (devices[j] == device) {
                    batchBlocks[n] = blocks[j];
                    batchSlots[n++] = slot(j);
                    devices[j] = null;
                }
            }
            try {
                device.writeBlocks(batchBlocks, batchSlots, n);
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
