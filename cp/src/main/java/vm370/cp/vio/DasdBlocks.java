package vm370.cp.vio;

import java.util.Arrays;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.dasd.CkdDasd;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.dasd.FbaDasd;
import vm370.s370.storage.BigEndian;

/**
 * A virtual DASD seen as numbered blocks of one size, the way CMS formats a minidisk: on CKD the
 * key-less records R1..Rn of every track in track order, on FBA consecutive runs of 512-byte
 * blocks. CP reaches the blocks with its own channel programs on the guest's device, so the
 * minidisk's extent and read-only link bound every transfer exactly as they bound the guest's.
 * Blocks are numbered from 1 (block 1 is the first record of cylinder 0, track 0).
 */
public final class DasdBlocks {

    /** What a block transfer came to. */
    public enum Result { DONE, OUT_OF_RANGE, READ_ONLY, IO_ERROR }

    /** How opening a device for block I/O went. */
    public sealed interface Opened {
        record Ready(DasdBlocks blocks) implements Opened { }

        /** Not a DASD CP can do block I/O on (a reader, a console, a CTCA). */
        record Unsupported() implements Opened { }

        /** The block size is not 512, 1K, 2K or 4K, or the disk is not formatted in it (CKD track 0). */
        record BadBlockSize() implements Opened { }
    }

    private static final int SEEK = 0x07;
    private static final int SEARCH_ID_EQUAL = 0x31;
    private static final int READ_COUNT = 0x12;
    private static final int READ_DATA = 0x06;
    private static final int WRITE_DATA = 0x05;
    private static final int FBA = DasdGeometry.FBA_BLOCK_SIZE;

    private final ChannelDevice device;
    private final CpChannelPort port;
    private final int blockSize;
    private final long blocks;
    /** CKD: records per track and tracks per cylinder; 0 for FBA. */
    private final int perTrack;
    private final int heads;
    private final boolean readOnly;
    private final byte[] control = new byte[16];

    private DasdBlocks(ChannelDevice device, CpChannelPort port, int blockSize, long blocks, int perTrack, int heads) {
        this.device = device;
        this.port = port;
        this.blockSize = blockSize;
        this.blocks = blocks;
        this.perTrack = perTrack;
        this.heads = heads;
        this.readOnly = isReadOnly(device);
    }

    /** Opens {@code device} for blocks of {@code blockSize} bytes. */
    public static Opened open(ChannelDevice device, int blockSize) {
        if (!(device instanceof CkdDasd) && !(device instanceof FbaDasd)) {
            return new Opened.Unsupported();
        }
        if (blockSize != 512 && blockSize != 1024 && blockSize != 2048 && blockSize != 4096) {
            return new Opened.BadBlockSize();
        }
        CpChannelPort port = new CpChannelPort(device);
        if (device instanceof FbaDasd fba) {
            return new Opened.Ready(new DasdBlocks(device, port, blockSize, fba.blocks() * FBA / blockSize, 0, 0));
        }
        CkdDasd ckd = (CkdDasd) device;
        int perTrack = recordsOnFirstTrack(port, blockSize);
        if (perTrack == 0) {
            return new Opened.BadBlockSize();
        }
        int heads = ckd.geometry().heads();
        return new Opened.Ready(new DasdBlocks(device, port, blockSize, (long) ckd.cylinders() * heads * perTrack, perTrack, heads));
    }

    /** Counts R1, R2, ... on cylinder 0 track 0 while each is key-less and of the block size; 0 when one is not. */
    private static int recordsOnFirstTrack(CpChannelPort port, int blockSize) {
        byte[] c = new byte[8];
        if (!seek(port, c, 0, 0)) {
            return 0;
        }
        int records = 0;
        while (port.run(READ_COUNT, c, 0, 8, true).equals(UnitStatus.END)) {
            int r = c[4] & 0xFF;
            if (r <= records) {
                break;
            }
            if (r != records + 1 || c[5] != 0 || ((c[6] & 0xFF) << 8 | c[7] & 0xFF) != blockSize) {
                return 0;
            }
            records = r;
        }
        return records;
    }

    private static boolean seek(CpChannelPort port, byte[] scratch, int cylinder, int head) {
        Arrays.fill(scratch, 0, 6, (byte) 0);
        scratch[2] = (byte) (cylinder >>> 8);
        scratch[3] = (byte) cylinder;
        scratch[4] = (byte) (head >>> 8);
        scratch[5] = (byte) head;
        return port.run(SEEK, scratch, 0, 6, false).equals(UnitStatus.END);
    }

    /**
     * True when a DASD refuses writes (a minidisk linked read-only), found with a write no channel
     * program completes: CKD write data without a search, FBA locate for write without the write.
     */
    public static boolean isReadOnly(ChannelDevice device) {
        CpChannelPort port = new CpChannelPort(device);
        byte[] c = new byte[16];
        if (device instanceof FbaDasd fba) {
            BigEndian.putWord(c, 12, (int) (fba.blocks() - 1));
            if (port.run(FbaDasd.DEFINE_EXTENT, c, 0, 16, false).equals(UnitStatus.END)) {
                Arrays.fill(c, (byte) 0);
                c[0] = 0x01;
                c[3] = 1;
                if (port.run(FbaDasd.LOCATE, c, 0, 8, true).equals(UnitStatus.END)) {
                    return false;
                }
            }
        } else if (device instanceof CkdDasd) {
            port.run(WRITE_DATA, c, 0, 1, false);
        } else {
            return false;
        }
        return (device.sense()[1] & CkdDasd.FILE_PROTECTED) != 0;
    }

    public int blockSize() {
        return blockSize;
    }

    /** Blocks on the disk: the last valid block number. */
    public long blocks() {
        return blocks;
    }

    /** True when the link is read-only: every write gives {@link Result#READ_ONLY}. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Reads block {@code block} into {@code into[0..blockSize)}. */
    public Result read(long block, byte[] into) {
        return transfer(block, into, false);
    }

    /** Writes {@code from[0..blockSize)} to block {@code block}. */
    public Result write(long block, byte[] from) {
        if (block >= 1 && block <= blocks && readOnly) {
            return Result.READ_ONLY;
        }
        return transfer(block, from, true);
    }

    private Result transfer(long block, byte[] buffer, boolean write) {
        if (block < 1 || block > blocks) {
            return Result.OUT_OF_RANGE;
        }
        boolean ok = perTrack == 0 ? fba(block - 1, buffer, write) : ckd(block - 1, buffer, write);
        if (ok) {
            return Result.DONE;
        }
        return (device.sense()[1] & CkdDasd.FILE_PROTECTED) != 0 ? Result.READ_ONLY : Result.IO_ERROR;
    }

    /** Seek the track, take the ID its records carry from R1's count, search the record ID equal, move the data. */
    private boolean ckd(long index, byte[] buffer, boolean write) {
        long track = index / perTrack;
        int record = (int) (index % perTrack) + 1;
        if (!seek(port, control, (int) (track / heads), (int) (track % heads))
                || !port.run(READ_COUNT, control, 0, 8, true).equals(UnitStatus.END)) {
            return false;
        }
        control[4] = (byte) record;
        UnitStatus search;
        int tries = 0;
        do {
            search = port.run(SEARCH_ID_EQUAL, control, 0, 5, true);
        } while (search.equals(UnitStatus.END) && ++tries <= perTrack + 1);
        if (!search.equals(UnitStatus.MODIFIED_END)) {
            return false;
        }
        UnitStatus status = port.run(write ? WRITE_DATA : READ_DATA, buffer, 0, blockSize, true);
        return status.equals(UnitStatus.END) && port.transferred(0) == blockSize;
    }

    /** Define extent over the whole disk, locate the run of 512-byte blocks, move them. */
    private boolean fba(long index, byte[] buffer, boolean write) {
        int per = blockSize / FBA;
        if (!defineExtent() || !locate(write ? 0x01 : 0x06, index * per)) {
            return false;
        }
        UnitStatus status = port.run(write ? FbaDasd.WRITE : FbaDasd.READ, buffer, 0, blockSize, true);
        return status.equals(UnitStatus.END);
    }

    private boolean defineExtent() {
        Arrays.fill(control, (byte) 0);
        long last = ((FbaDasd) device).blocks() - 1;
        BigEndian.putWord(control, 12, (int) last);
        return port.run(FbaDasd.DEFINE_EXTENT, control, 0, 16, false).equals(UnitStatus.END);
    }

    private boolean locate(int operation, long first) {
        Arrays.fill(control, 0, 8, (byte) 0);
        control[0] = (byte) operation;
        int count = perTrack == 0 ? blockSize / FBA : 1;
        control[2] = (byte) (count >>> 8);
        control[3] = (byte) count;
        BigEndian.putWord(control, 4, (int) first);
        return port.run(FbaDasd.LOCATE, control, 0, 8, true).equals(UnitStatus.END);
    }
}
