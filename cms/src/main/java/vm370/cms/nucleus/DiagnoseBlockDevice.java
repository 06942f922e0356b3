package vm370.cms.nucleus;

import java.io.IOException;
import java.util.Arrays;
import vm370.cms.fs.BlockDevice;
import vm370.cms.fs.DiskLabel;
import vm370.cms.fs.DiskLayout;
import vm370.cp.guest.GuestMachine;
import vm370.s370.storage.BigEndian;

/**
 * A minidisk as the file system's {@link BlockDevice}, reached through DIAGNOSE X'250' block I/O,
 * every block passing through guest storage. In the CMS nucleus writes wait in its block buffers
 * ({@link WriteBehind}) and go to CP many blocks to one DIAGNOSE, when the buffers fill or the file
 * system flushes (its commit protocol orders writes with flush, so nothing it relies on is held
 * back). Other guests written in Java (RSCS) {@link #open(GuestMachine, int, int) open} one that writes
 * each block at once through a work area of their own.
 * @vm370 DMSDIO
 */
public final class DiagnoseBlockDevice implements BlockDevice {

    private static final int DIAGNOSE_BLOCK_IO = 0x250;
    private static final int DIAGNOSE_DEVICE_TYPE = 0x24;
    private static final int FBA_CLASS = 0x01;
    private static final int[] BLOCK_SIZES = {4096, 2048, 1024, 512};
    private static final int INITIALIZE = 0;
    private static final int READ_WRITE = 1;
    private static final int REMOVE = 2;
    private static final int BAD_BLOCK_SIZE = 16;
    private static final int BIOE_WRITE = 0x01;
    private static final int BIOE_READ = 0x02;

    /** How INITIALIZE went: rc 0 ready, 4 read-only, 8 no device, 12 not DASD, 16 block size, 20 offset. */
    record Opened(int returnCode, DiagnoseBlockDevice device) {
    }

    /** Where in guest storage the parameter list (40 bytes), the BIOE list and a block being read or written go. */
    record Areas(int parameters, int elements, int buffer) {
        static final Areas NUCLEUS = new Areas(StorageMap.BIOPL, StorageMap.BIOE_LIST, StorageMap.READ_SLOT);

        /** An 8K work area: parameters and BIOE at its start, the block buffer at 4K. */
        static Areas work(int at) {
            return new Areas(at, at + 64, at + 0x1000);
        }
    }

    private final GuestMachine machine;
    private final Areas areas;
    private final int address;
    private final int blockSize;
    private final int blocks;
    private final boolean readOnly;
    private final DiskLayout layout;
    private final int cylinders;
    /** The nucleus's block buffers; null: each write goes to CP at once. */
    private final WriteBehind buffers;
    private final byte[] element = new byte[16 * StorageMap.BLOCK_SLOTS];
    private final byte[] parameters = new byte[40];
    private final byte[] status = new byte[1];

    private DiagnoseBlockDevice(GuestMachine machine, Areas areas, WriteBehind buffers, int address, int blockSize,
            int blocks, boolean readOnly, DiskLayout layout, int cylinders) {
        this.machine = machine;
        this.areas = areas;
        this.buffers = buffers;
        this.address = address;
        this.blockSize = blockSize;
        this.blocks = blocks;
        this.readOnly = readOnly;
        this.layout = layout;
        this.cylinders = cylinders;
    }

    /** DIAGNOSE X'250' INITIALIZE for blocks of {@code blockSize}, in the nucleus's areas and buffers. */
    static Opened open(Supervisor supervisor, WriteBehind buffers, int address, int blockSize, DiskLayout layout, int cylinders) {
        return initialize(supervisor.machine(), Areas.NUCLEUS, buffers, address, blockSize, layout, cylinders);
    }

    private static Opened initialize(GuestMachine machine, Areas areas, WriteBehind buffers, int address, int blockSize,
            DiskLayout layout, int cylinders) {
        byte[] p = new byte[40];
        p[0] = (byte) (address >>> 8);
        p[1] = (byte) address;
        BigEndian.putWord(p, 24, blockSize);
        machine.write(areas.parameters(), p, 0, 40);
        int rc = call(machine, areas, INITIALIZE);
        if (rc != 0 && rc != 4) {
            return new Opened(rc, null);
        }
        machine.read(areas.parameters(), p, 0, 40);
        int last = BigEndian.word(p, 36);
        return new Opened(rc, new DiagnoseBlockDevice(machine, areas, buffers, address, blockSize, last, rc == 4,
                layout, cylinders));
    }

    /**
     * Opens the disk at {@code address} in the block size it is formatted in (CP refuses others on
     * CKD; on FBA the CMS label says, 4K for a disk with no label yet), using guest storage from
     * {@code work} (doubleword aligned; 8K are used). Fails with the reason when the disk is missing
     * or not a formatted DASD.
     */
    public static DiagnoseBlockDevice open(GuestMachine machine, int address, int work) throws IOException {
        machine.setGpr(2, address);
        if (machine.diagnose(DIAGNOSE_DEVICE_TYPE, 2, 3) == 3) {
            throw new IOException(String.format("DEVICE %03X DOES NOT EXIST", address));
        }
        DiskLayout layout = (machine.gpr(3) >>> 24 & 0xFF) == FBA_CLASS ? DiskLayout.FBA : DiskLayout.CKD;
        Areas areas = Areas.work(work);
        if (layout == DiskLayout.FBA) {
            DiagnoseBlockDevice sectors = opened(initialize(machine, areas, null, address, 512, layout, 0), address);
            byte[] sector = new byte[512];
            sectors.read(2, sector);
            sectors.close();
            int size = DiskLabel.decode(sector, 0).map(DiskLabel::blockSize).orElse(4096);
            return opened(initialize(machine, areas, null, address, size, layout, 0), address);
        }
        for (int size : BLOCK_SIZES) {
            Opened opened = initialize(machine, areas, null, address, size, layout, 0);
            if (opened.returnCode() != BAD_BLOCK_SIZE) {
                return opened(opened, address);
            }
        }
        throw new IOException(String.format("DEVICE %03X IS NOT FORMATTED", address));
    }

    private static DiagnoseBlockDevice opened(Opened opened, int address) throws IOException {
        if (opened.device() == null) {
            throw new IOException(String.format("DEVICE %03X IS NOT A DASD (RC %d)", address, opened.returnCode()));
        }
        return opened.device();
    }

    private static int call(GuestMachine machine, Areas areas, int function) {
        machine.setGpr(2, areas.parameters());
        machine.setGpr(3, function);
        machine.diagnose(DIAGNOSE_BLOCK_IO, 2, 3);
        return machine.gpr(3);
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
        if (buffers == null || !buffers.readPending(this, block, into)) {
            transfer(BIOE_READ, block, areas.buffer());
            machine.read(areas.buffer(), into, 0, blockSize);
        }
    }

    @Override
    public void write(int block, byte[] from) throws IOException {
        checkBlock(block);
        if (readOnly) {
            throw new IOException(String.format("DEVICE %03X IS READ-ONLY", address));
        }
        if (buffers != null) {
            buffers.write(this, block, from, blockSize);
            return;
        }
        machine.write(areas.buffer(), from, 0, blockSize);
        transfer(BIOE_WRITE, block, areas.buffer());
    }

    @Override
    public void flush() throws IOException {
        if (buffers != null) {
            buffers.flush();
        }
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
        BigEndian.putWord(element, at + 4, block);
        BigEndian.putWord(element, at + 12, buffer);
    }

    private void submit(int count) throws IOException {
        machine.write(areas.elements(), element, 0, 16 * count);
        Arrays.fill(parameters, (byte) 0);
        parameters[0] = (byte) (address >>> 8);
        parameters[1] = (byte) address;
        BigEndian.putWord(parameters, 28, count);
        BigEndian.putWord(parameters, 36, areas.elements());
        machine.write(areas.parameters(), parameters, 0, 40);
        int rc = call(machine, areas, READ_WRITE);
        if (rc != 0) {
            int first = 0;
            for (int i = 0; i < count; i++) {
                machine.read(areas.elements() + 16 * i + 1, status, 0, 1);
                if (status[0] != 0) {
                    first = status[0];
                    break;
                }
            }
            throw new IOException("DIAGNOSE X'250' on " + Integer.toHexString(address) + ": rc " + rc
                    + ", BIOE status " + first);
        }
    }

    /** Ends block I/O on the disk (DIAGNOSE X'250' REMOVE), after the waiting writes. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            byte[] p = new byte[40];
            p[0] = (byte) (address >>> 8);
            p[1] = (byte) address;
            machine.write(areas.parameters(), p, 0, 40);
            call(machine, areas, REMOVE);
        }
    }
}
