package vm370.rscs.config;

import java.io.IOException;
import vm370.cms.fs.BlockDevice;
import vm370.cms.fs.DiskLabel;
import vm370.cms.fs.DiskLayout;
import vm370.cp.guest.GuestMachine;

/**
 * A minidisk of the guest's read and written through DIAGNOSE X'250' block I/O, so that CMS's file
 * system can work on it from a guest written in Java: every block passes through guest storage, as
 * it would for a real guest. The block size is the one the disk is formatted in: CP refuses others
 * on CKD, and on FBA the CMS label says (4K for a disk with no label yet).
 */
public final class MinidiskBlockDevice implements BlockDevice {

    private static final int[] BLOCK_SIZES = {4096, 2048, 1024, 512};
    private static final int DIAGNOSE_BLOCK_IO = 0x250;
    private static final int DIAGNOSE_DEVICE_TYPE = 0x24;
    private static final int FBA_CLASS = 0x01;
    private static final int BAD_BLOCK_SIZE = 16;

    private final GuestMachine machine;
    private final int address;
    private final int parameters;
    private final int buffer;
    private final int blockSize;
    private final int blockCount;
    private final DiskLayout layout;
    private final boolean readOnly;

    private MinidiskBlockDevice(GuestMachine machine, int address, int parameters, int blockSize, int blockCount,
                                DiskLayout layout, boolean readOnly) {
        this.machine = machine;
        this.address = address;
        this.parameters = parameters;
        this.buffer = parameters + 0x1000;
        this.blockSize = blockSize;
        this.blockCount = blockCount;
        this.layout = layout;
        this.readOnly = readOnly;
    }

    /**
     * Initializes block I/O on the disk at {@code address}, using guest storage from {@code work}
     * (doubleword aligned; 8K are used). Fails with the reason when the disk is missing or not a
     * formatted DASD.
     */
    public static MinidiskBlockDevice open(GuestMachine machine, int address, int work) throws IOException {
        machine.setGpr(2, address);
        if (machine.diagnose(DIAGNOSE_DEVICE_TYPE, 2, 3) == 3) {
            throw new IOException(String.format("DEVICE %03X DOES NOT EXIST", address));
        }
        DiskLayout layout = (machine.gpr(3) >>> 24 & 0xFF) == FBA_CLASS ? DiskLayout.FBA : DiskLayout.CKD;
        if (layout == DiskLayout.FBA) {
            MinidiskBlockDevice sectors = initialize(machine, address, work, 512, layout);
            byte[] sector = new byte[512];
            sectors.read(2, sector);
            sectors.close();
            int size = DiskLabel.decode(sector, 0).map(DiskLabel::blockSize).orElse(4096);
            return initialize(machine, address, work, size, layout);
        }
        for (int size : BLOCK_SIZES) {
            MinidiskBlockDevice device = initialize(machine, address, work, size, layout);
            if (device != null) {
                return device;
            }
        }
        throw new IOException(String.format("DEVICE %03X IS NOT FORMATTED", address));
    }

    /** DIAGNOSE X'250' INITIALIZE for one block size; null when CP says the size is not the disk's. */
    private static MinidiskBlockDevice initialize(GuestMachine machine, int address, int work, int size,
                                                  DiskLayout layout) throws IOException {
        byte[] biopl = new byte[40];
        putHalf(biopl, 0, address);
        putWord(biopl, 24, size);
        machine.write(work, biopl, 0, biopl.length);
        machine.setGpr(2, work);
        machine.setGpr(3, 0);
        machine.diagnose(DIAGNOSE_BLOCK_IO, 2, 3);
        int rc = machine.gpr(3);
        if (rc == 0 || rc == 4) {
            machine.read(work, biopl, 0, biopl.length);
            return new MinidiskBlockDevice(machine, address, work, size, word(biopl, 36), layout, rc == 4);
        }
        if (rc == BAD_BLOCK_SIZE) {
            return null;
        }
        throw new IOException(String.format("DEVICE %03X IS NOT A DASD (RC %d)", address, rc));
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockCount() {
        return blockCount;
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
    public void read(int block, byte[] into) throws IOException {
        transfer(2, block);
        machine.read(buffer, into, 0, blockSize);
    }

    @Override
    public void write(int block, byte[] from) throws IOException {
        if (readOnly) {
            throw new IOException(String.format("DEVICE %03X IS READ-ONLY", address));
        }
        machine.write(buffer, from, 0, blockSize);
        transfer(1, block);
    }

    /** One BIOE of type 1 (write) or 2 (read) on the buffer. */
    private void transfer(int type, int block) throws IOException {
        checkBlock(block);
        byte[] biopl = new byte[40];
        putHalf(biopl, 0, address);
        putWord(biopl, 28, 1);
        putWord(biopl, 36, parameters + 64);
        byte[] bioe = new byte[16];
        bioe[0] = (byte) type;
        putWord(bioe, 4, block);
        putWord(bioe, 12, buffer);
        machine.write(parameters, biopl, 0, biopl.length);
        machine.write(parameters + 64, bioe, 0, bioe.length);
        machine.setGpr(2, parameters);
        machine.setGpr(3, 1);
        machine.diagnose(DIAGNOSE_BLOCK_IO, 2, 3);
        if (machine.gpr(3) != 0) {
            throw new IOException(String.format("BLOCK %d OF DEVICE %03X: RC %d", block, address, machine.gpr(3)));
        }
    }

    @Override
    public void flush() {
    }

    /** Ends block I/O on the disk (DIAGNOSE X'250' REMOVE). */
    @Override
    public void close() {
        byte[] biopl = new byte[40];
        putHalf(biopl, 0, address);
        machine.write(parameters, biopl, 0, biopl.length);
        machine.setGpr(2, parameters);
        machine.setGpr(3, 2);
        machine.diagnose(DIAGNOSE_BLOCK_IO, 2, 3);
    }

    private static void putHalf(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void putWord(byte[] b, int at, int v) {
        putHalf(b, at, v >>> 16);
        putHalf(b, at + 2, v);
    }

    private static int word(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }
}
