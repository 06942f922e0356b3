package vm370.cms.nucleus;

import java.io.IOException;
import java.util.Arrays;
import vm370.cms.fs.BlockDevice;
import vm370.cms.fs.DiskLayout;

/**
 * A minidisk as the file system's {@link BlockDevice}, reached through DIAGNOSE X'250' block I/O.
 * Writes wait in the nucleus's block buffers ({@link WriteBehind}) and go to CP many blocks to one
 * DIAGNOSE, when the buffers fill or the file system flushes (its commit protocol orders writes
 * with flush, so nothing it relies on is held back).
 * @vm370 DMSDIO
 */
final class DiagnoseBlockDevice implements BlockDevice {

    private static final int INITIALIZE = 0;
    private static final int READ_WRITE = 1;
    private static final int REMOVE = 2;
    private static final int BIOE_WRITE = 0x01;
    private static final int BIOE_READ = 0x02;

    /** How INITIALIZE went: rc 0 ready, 4 read-only, 8 no device, 12 not DASD, 16 block size, 20 offset. */
    record Opened(int returnCode, DiagnoseBlockDevice device) {
    }

    private final Supervisor supervisor;
    private final int address;
    private final int blockSize;
    private final int blocks;
    private final boolean readOnly;
    private final DiskLayout layout;
    private final int cylinders;
    private final WriteBehind buffers;
    private final byte[] element = new byte[16 * StorageMap.BLOCK_SLOTS];
    private final byte[] parameters = new byte[40];
    private final byte[] status = new byte[1];

    private DiagnoseBlockDevice(Supervisor supervisor, WriteBehind buffers, int address, int blockSize, int blocks, boolean readOnly,
            DiskLayout layout, int cylinders) {
        this.supervisor = supervisor;
        this.buffers = buffers;
        this.address = address;
        this.blockSize = blockSize;
        this.blocks = blocks;
        this.readOnly = readOnly;
        this.layout = layout;
        this.cylinders = cylinders;
    }

    /** DIAGNOSE X'250' INITIALIZE for blocks of {@code blockSize}. */
    static Opened open(Supervisor supervisor, WriteBehind buffers, int address, int blockSize, DiskLayout layout, int cylinders) {
        byte[] p = new byte[40];
        p[0] = (byte) (address >>> 8);
        p[1] = (byte) address;
        putWord(p, 24, blockSize);
        supervisor.write(StorageMap.BIOPL, p, 0, 40);
        int rc = call(supervisor, INITIALIZE);
        if (rc != 0 && rc != 4) {
            return new Opened(rc, null);
        }
        supervisor.read(StorageMap.BIOPL, p, 0, 40);
        int last = word(p, 36);
        return new Opened(rc, new DiagnoseBlockDevice(supervisor, buffers, address, blockSize, last, rc == 4, layout, cylinders));
    }

    private static int call(Supervisor supervisor, int function) {
        supervisor.machine().setGpr(2, StorageMap.BIOPL);
        supervisor.machine().setGpr(3, function);
        supervisor.machine().diagnose(0x250, 2, 3);
        return supervisor.machine().gpr(3);
    }

    int address() {
        return address;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockCount() {
        return blocks;
    }

    @Override
    public DiskLayout layout() {
        return layout;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public int cylinders() {
        return cylinders;
    }

    @Override
    public void read(int block, byte[] into) throws IOException {
        checkBlock(block);
        if (!buffers.readPending(this, block, into)) {
            transfer(BIOE_READ, block, StorageMap.READ_SLOT);
            supervisor.read(StorageMap.READ_SLOT, into, 0, blockSize);
        }
    }

    @Override
    public void write(int block, byte[] from) throws IOException {
        checkBlock(block);
        if (readOnly) {
            throw new IOException("minidisk " + Integer.toHexString(address) + " is read-only");
        }
        buffers.write(this, block, from, blockSize);
    }

    @Override
    public void flush() throws IOException {
        buffers.flush();
    }

    /** Writes blocks waiting in the buffers with one DIAGNOSE; called by {@link WriteBehind}. */
    void writeBlocks(int[] blocks, int[] slots, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            bioe(i, BIOE_WRITE, blocks[i], slots[i]);
        }
        submit(count);
    }

    private void transfer(int type, int block, int buffer) throws IOException {
        bioe(0, type, block, buffer);
        submit(1);
    }

    private void bioe(int index, int type, int block, int buffer) {
        int at = 16 * index;
        Arrays.fill(element, at, at + 16, (byte) 0);
        element[at] = (byte) type;
        putWord(element, at + 4, block);
        putWord(element, at + 12, buffer);
    }

    private void submit(int count) throws IOException {
        supervisor.write(StorageMap.BIOE_LIST, element, 0, 16 * count);
        Arrays.fill(parameters, (byte) 0);
        parameters[0] = (byte) (address >>> 8);
        parameters[1] = (byte) address;
        putWord(parameters, 28, count);
        putWord(parameters, 36, StorageMap.BIOE_LIST);
        supervisor.write(StorageMap.BIOPL, parameters, 0, 40);
        int rc = call(supervisor, READ_WRITE);
        if (rc != 0) {
            int first = 0;
            for (int i = 0; i < count; i++) {
                supervisor.read(StorageMap.BIOE_LIST + 16 * i + 1, status, 0, 1);
                if (status[0] != 0) {
                    first = status[0];
                    break;
                }
            }
            throw new IOException("DIAGNOSE X'250' on " + Integer.toHexString(address) + ": rc " + rc
                    + ", BIOE status " + first);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            buffers.flush();
        } finally {
            byte[] p = new byte[40];
            p[0] = (byte) (address >>> 8);
            p[1] = (byte) address;
            supervisor.write(StorageMap.BIOPL, p, 0, 40);
            call(supervisor, REMOVE);
        }
    }

    static int word(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    static void putWord(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
