package vm370.s370.device.dasd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;

/**
 * A fixed-block disk (3310, 3370) on a headerless image of 512-byte blocks: define extent (file
 * mask, extent origin, first and last block), locate (operation, block count, block number), read,
 * write, no-operation and sense. Locate and the data commands need a define extent earlier in the
 * same chain; blocks outside the extent are refused.
 * @see "IBM 3370 Direct Access Storage Description and User's Guide, GA26-1657"
 */
public final class FbaDasd extends BasicDevice implements DasdVolume {

    public static final int DEFINE_EXTENT = 0x63;
    public static final int LOCATE = 0x43;
    public static final int READ = 0x42;
    public static final int WRITE = 0x41;

    /** Sense byte 1: the block lies outside the extent, or the file mask forbids the write. */
    public static final int FILE_PROTECTED = 0x04;

    private static final int BLOCK = DasdGeometry.FBA_BLOCK_SIZE;
    private static final int LOCATE_WRITE = 0x01;
    private static final int LOCATE_WRITE_AND_CHECK = 0x05;
    private static final int LOCATE_READ = 0x06;

    private final FileChannel file;
    private final DasdGeometry geometry;
    private final long blocks;
    private final byte[] buffer = new byte[BLOCK];

    // Per channel program.
    private boolean extentDefined;
    private int mask;
    private long origin;
    private long firstBlock;
    private long lastBlock;
    private int locatedOperation = -1;
    private long nextBlock;
    private int blocksLeft;

    public FbaDasd(FileChannel file, DasdGeometry geometry) throws IOException {
        super(24);
        this.file = file;
        this.geometry = geometry;
        this.blocks = file.size() / BLOCK;
    }

    /** Blocks in the image. */
    public long blocks() {
        return blocks;
    }

    @Override
    public DasdGeometry geometry() {
        return geometry;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        if (!port.chained()) {
            extentDefined = false;
            locatedOperation = -1;
        }
        try {
            return switch (ccw.command()) {
                case NO_OPERATION -> UnitStatus.END;
                case DEFINE_EXTENT -> defineExtent(port);
                case LOCATE -> locate(port);
                case READ -> transfer(port, false);
                case WRITE -> transfer(port, true);
                default -> reject();
            };
        } catch (IOException | NonWritableChannelException e) {
            return unitCheck(EQUIPMENT_CHECK, 0);
        }
    }

    private UnitStatus defineExtent(ChannelPort port) {
        byte[] d = new byte[16];
        int n = port.read(d, 0, 16);
        int m = d[0] & 0xFF;
        long o = word(d, 4);
        long first = word(d, 8);
        long last = word(d, 12);
        if (extentDefined || n < 16 || (m & 0x33) != 0 || (m & 0xC0) == 0x80 || first > last
                || o + (last - first) >= blocks) {
            port.end(unitCheck(COMMAND_REJECT, 0));
            return UnitStatus.NONE;
        }
        extentDefined = true;
        mask = m;
        origin = o;
        firstBlock = first;
        lastBlock = last;
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    private UnitStatus locate(ChannelPort port) {
        byte[] d = new byte[8];
        int n = port.read(d, 0, 8);
        int operation = d[0] & 0xFF;
        int count = (d[2] & 0xFF) << 8 | d[3] & 0xFF;
        long block = word(d, 4);
        if (!extentDefined || n < 8 || count == 0
                || (operation != LOCATE_READ && operation != LOCATE_WRITE && operation != LOCATE_WRITE_AND_CHECK)) {
            port.end(unitCheck(COMMAND_REJECT, 0));
            return UnitStatus.NONE;
        }
        boolean write = operation != LOCATE_READ;
        if (block < firstBlock || block + count - 1 > lastBlock || (write && (mask & 0xC0) == 0x40)) {
            port.end(unitCheck(COMMAND_REJECT, FILE_PROTECTED));
            return UnitStatus.NONE;
        }
        locatedOperation = write ? LOCATE_WRITE : LOCATE_READ;
        nextBlock = origin + (block - firstBlock);
        blocksLeft = count;
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    /** Read or write the located blocks, as many as the located count and the channel's count allow. */
    private UnitStatus transfer(ChannelPort port, boolean write) throws IOException {
        if (locatedOperation != (write ? LOCATE_WRITE : LOCATE_READ)) {
            return reject();
        }
        while (blocksLeft > 0) {
            long at = nextBlock * BLOCK;
            if (write) {
                int n = port.read(buffer, 0, BLOCK);
                if (n == 0) {
                    break;
                }
                Arrays.fill(buffer, n, BLOCK, (byte) 0);
                writeFully(ByteBuffer.wrap(buffer), at);
            } else {
                readFully(ByteBuffer.wrap(buffer), at);
                if (port.write(buffer, 0, BLOCK) < BLOCK) {
                    nextBlock++;
                    blocksLeft--;
                    break;
                }
            }
            nextBlock++;
            blocksLeft--;
        }
        locatedOperation = -1;
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) {
                throw new IOException("block " + at / BLOCK + " lies past the end of the image");
            }
        }
    }

    private void writeFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            file.write(b, at + b.position());
        }
    }

    private static long word(byte[] d, int at) {
        return (d[at] & 0xFFL) << 24 | (d[at + 1] & 0xFF) << 16 | (d[at + 2] & 0xFF) << 8 | d[at + 3] & 0xFF;
    }

    @Override
    public void reset() {
        super.reset();
        extentDefined = false;
        locatedOperation = -1;
    }

    @Override
    public String describe() {
        return geometry.typeName() + " FBA, " + blocks + " blocks";
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
