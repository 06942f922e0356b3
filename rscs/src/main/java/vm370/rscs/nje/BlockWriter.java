package vm370.rscs.nje;

import java.util.Arrays;
import vm370.s370.storage.BigEndian;

/**
 * Builds NJE transmission blocks: DLE STX, the BCB, the FCS, then records each as RCB, SRCB and the
 * SCB-compressed record, and the X'00' RCB that ends the block. Also the line-control records SOH
 * ENQ and DLE ACK0. The BCB's sequence (mod 16 per direction; X'A0' resets it at signon) is stamped
 * by {@link #stamp} when the block is queued, as blocks of several builders share one direction.
 */
public final class BlockWriter {

    /** FCS as every peer sends it: no stream suspended. */
    public static final int FCS = 0x8FCF;
    public static final int BCB_RESET = 0xA0;
    private static final int BCB_NORMAL = 0x80;

    private static final byte[] ENQUIRY = {0x01, 0x2D, (byte) 0xFF};
    private static final byte[] ACKNOWLEDGE = {0x10, 0x70, (byte) 0xFF};

    private final int capacity;
    private byte[] block;
    private int length;

    /** @param capacity the buffer size agreed at signon: blocks are kept within it when they can be */
    public BlockWriter(int capacity) {
        this.capacity = capacity;
        this.block = new byte[capacity + 512];
    }

    public static byte[] enquiry() {
        return ENQUIRY.clone();
    }

    public static byte[] acknowledge() {
        return ACKNOWLEDGE.clone();
    }

    /** Starts a block (its sequence is stamped later). */
    public BlockWriter begin() {
        return begin(BCB_NORMAL);
    }

    /** Starts a signon block: BCB X'A0' resets the sequence. */
    public BlockWriter beginSignon() {
        return begin(BCB_RESET);
    }

    /** True when this block resets the sequence (a signon block). */
    public boolean resets() {
        return (block[2] & 0xFF) == BCB_RESET;
    }

    /** Sets the block's sequence number (0-15) in its BCB. */
    public void stamp(int sequence) {
        block[2] = (byte) (BCB_NORMAL | sequence & 0x0F);
    }

    private BlockWriter begin(int bcb) {
        block[0] = 0x10;
        block[1] = 0x02;
        block[2] = (byte) bcb;
        BigEndian.putHalfword(block, 3, FCS);
        length = 5;
        return this;
    }

    /** A control record: RCB and SRCB with no data (stream requests, permissions, completions). */
    public BlockWriter control(int rcb, int srcb) {
        ensure(2);
        block[length++] = (byte) rcb;
        block[length++] = (byte) srcb;
        return this;
    }

    /** A record: RCB, SRCB, the SCB-compressed data; {@code trim} drops trailing blanks. */
    public BlockWriter record(int rcb, int srcb, byte[] data, int offset, int count, boolean trim) {
        ensure(2 + Scb.maxCompressed(count));
        block[length++] = (byte) rcb;
        block[length++] = (byte) srcb;
        length = Scb.compress(data, offset, count, trim, block, length);
        return this;
    }

    public BlockWriter record(int rcb, int srcb, byte[] data) {
        return record(rcb, srcb, data, 0, data.length, false);
    }

    /** True when a record of {@code count} bytes may still go into this block. */
    public boolean fits(int count) {
        return length + 3 + Scb.maxCompressed(count) <= capacity;
    }

    /** True when the block holds only its header. */
    public boolean empty() {
        return length == 5;
    }

    /** Ends the block with the X'00' RCB; it is {@link #buffer()}[0..{@link #length()}). */
    public BlockWriter end() {
        ensure(1);
        block[length++] = 0;
        return this;
    }

    public byte[] buffer() {
        return block;
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(block, length);
    }

    private void ensure(int more) {
        if (length + more + 1 > block.length) {
            block = Arrays.copyOf(block, Math.max(block.length * 2, length + more + 1));
        }
    }
}
