package vm370.s370.storage;

import java.util.Arrays;

/**
 * Main storage, addressed by absolute address, with a storage key for every 2K block.
 *
 * <p>Storage is held as 4K frames allocated on first touch, so a large machine that uses little
 * costs little. Whoever owns the storage may supply the frames itself ({@link FrameSource}); CP
 * does, to back a virtual machine's storage with page frames it can steal and page out.
 * The CPU that owns this storage is the only thread that reads or writes it.
 */
public final class MainStorage {

    /** Bytes in a frame (a 4K page). */
    public static final int FRAME_SIZE = 4096;
    /** Bytes guarded by one storage key. */
    public static final int KEY_BLOCK_SIZE = 2048;

    /** Storage-key bits as ISK and SSK show them: key in bits 0-3, then fetch protection, reference, change. */
    public static final int KEY_FETCH_PROTECTED = 0x08;
    public static final int KEY_REFERENCED = 0x04;
    public static final int KEY_CHANGED = 0x02;

    /** Supplies the frame for a frame number that has none yet (paged in, or freshly cleared). */
    @FunctionalInterface
    public interface FrameSource {
        byte[] frame(int frameNumber);
    }

    /**
     * Told of every store into a 2K block marked as holding decoded instructions ({@link #watchCode}),
     * whoever stores: a CPU's checked path, a channel, an IPL, CP. CPUs use it to forget instructions
     * they decoded from those bytes (self-modifying code). Called on the storing thread.
     */
    @FunctionalInterface
    public interface CodeWatcher {
        void codeStored(int address, int length);
    }

    private int size;
    private byte[][] frames;
    private byte[] keys;
    private final FrameSource source;
    /** Bumped when a key or frame changes, so CPUs sharing this storage know to empty their TLBs. */
    private int generation;
    /** Per 2K block, nonzero when a CPU holds instructions decoded from it; null until the first. */
    private byte[] code;
    private CodeWatcher[] watchers = new CodeWatcher[0];

    /** Storage of {@code size} bytes (a multiple of 4K, at most 16M) whose frames are allocated when first touched. */
    public MainStorage(int size) {
        this(size, frameNumber -> new byte[FRAME_SIZE]);
    }

    public MainStorage(int size, FrameSource source) {
        this.source = source;
        install(size);
    }

    /**
     * Installs {@code newSize} bytes of new storage in place of the old (a virtual machine's
     * DEFINE STORAGE): every byte zero, every key zero, nothing watched. The owner has taken the
     * old frames back first; CPUs on this storage must release their TLBs and decoded instructions.
     */
    public void redefine(int newSize) {
        install(newSize);
        code = null;
        generation++;
    }

    private void install(int newSize) {
        if (newSize <= 0 || newSize % FRAME_SIZE != 0 || newSize > 1 << 24) {
            throw new IllegalArgumentException("storage size: " + newSize + " (expected: a multiple of 4K up to 16M)");
        }
        this.size = newSize;
        this.frames = new byte[newSize / FRAME_SIZE][];
        this.keys = new byte[newSize / KEY_BLOCK_SIZE];
    }

    /** Bytes of storage installed. */
    public int size() {
        return size;
    }

    /** True when the absolute address lies in installed storage. */
    public boolean contains(int address) {
        return address >= 0 && address < size;
    }

    /** The frame holding an absolute address; the caller has checked {@link #contains}. */
    public byte[] frame(int address) {
        int n = address >>> 12;
        byte[] f = frames[n];
        if (f == null) {
            f = source.frame(n);
            frames[n] = f;
        }
        return f;
    }

    /** Takes a frame away (CP paged it out or released it); the next touch asks the frame source again. */
    public void releaseFrame(int frameNumber) {
        frames[frameNumber] = null;
        generation++;
        stored(frameNumber * FRAME_SIZE, FRAME_SIZE);
    }

    /** Registers a CPU's decoded-instruction cache, to be told of stores into watched blocks. */
    public void addCodeWatcher(CodeWatcher watcher) {
        CodeWatcher[] more = Arrays.copyOf(watchers, watchers.length + 1);
        more[watchers.length] = watcher;
        watchers = more;
    }

    /**
     * Marks the 2K block holding an absolute address as holding decoded instructions: from now on
     * every store into it is reported to the watchers. True when newly marked; the generation then
     * changes, so CPUs drop the fast store paths they cached for it and take the reporting path.
     */
    public boolean watchCode(int address) {
        if (code == null) {
            code = new byte[keys.length];
        }
        if (code[address >>> 11] != 0) {
            return false;
        }
        code[address >>> 11] = 1;
        generation++;
        return true;
    }

    /** True when more than one CPU watches this storage (a multiprocessor). */
    public boolean sharedByCpus() {
        return watchers.length > 1;
    }

    /** True when the 2K block holding an absolute address is watched for stores ({@link #watchCode}). */
    public boolean isCode(int address) {
        return code != null && code[address >>> 11] != 0;
    }

    /** Reports a store of {@code length} bytes at an absolute address to the watchers, for the watched blocks it touches. */
    private void stored(int address, int length) {
        if (code == null) {
            return;
        }
        int last = address + length - 1;
        for (int block = address >>> 11; block <= last >>> 11 && block < code.length; block++) {
            if (code[block] != 0) {
                for (CodeWatcher w : watchers) {
                    w.codeStored(address, length);
                }
                return;
            }
        }
    }

    /**
     * A number that changes whenever a storage key is set or a frame released: a CPU that cached
     * translations, key checks or frames compares it at instruction boundaries and purges its TLB.
     */
    public int generation() {
        return generation;
    }

    /** True when the frame is present in storage (not released or never touched). */
    public boolean hasFrame(int frameNumber) {
        return frames[frameNumber] != null;
    }

    public int readByte(int address) {
        return frame(address)[address & 0xFFF] & 0xFF;
    }

    public void writeByte(int address, int value) {
        frame(address)[address & 0xFFF] = (byte) value;
        stored(address, 1);
    }

    /** Reads {@code length} bytes (1-8, within one frame or across two) as a big-endian number. */
    public long read(int address, int length) {
        int offset = address & 0xFFF;
        long value = 0;
        if (offset + length <= FRAME_SIZE) {
            byte[] f = frame(address);
            for (int i = 0; i < length; i++) {
                value = value << 8 | (f[offset + i] & 0xFF);
            }
            return value;
        }
        for (int i = 0; i < length; i++) {
            value = value << 8 | readByte(address + i);
        }
        return value;
    }

    /** Writes the low {@code length} bytes (1-8) of a number, big-endian. */
    public void write(int address, int length, long value) {
        int offset = address & 0xFFF;
        if (offset + length <= FRAME_SIZE) {
            byte[] f = frame(address);
            for (int i = length - 1; i >= 0; i--) {
                f[offset + i] = (byte) value;
                value >>>= 8;
            }
            stored(address, length);
            return;
        }
        for (int i = length - 1; i >= 0; i--) {
            writeByte(address + i, (int) value);
            value >>>= 8;
        }
    }

    /** Copies bytes out of storage (the caller has checked the range). */
    public void readBytes(int address, byte[] into, int offset, int length) {
        while (length > 0) {
            int inFrame = Math.min(length, FRAME_SIZE - (address & 0xFFF));
            System.arraycopy(frame(address), address & 0xFFF, into, offset, inFrame);
            address += inFrame;
            offset += inFrame;
            length -= inFrame;
        }
    }

    /** Copies bytes into storage (the caller has checked the range). */
    public void writeBytes(int address, byte[] from, int offset, int length) {
        stored(address, length);
        while (length > 0) {
            int inFrame = Math.min(length, FRAME_SIZE - (address & 0xFFF));
            System.arraycopy(from, offset, frame(address), address & 0xFFF, inFrame);
            address += inFrame;
            offset += inFrame;
            length -= inFrame;
        }
    }

    /** The storage key byte of the 2K block holding an absolute address (key, F, R, C bits as ISK shows them). */
    public int key(int address) {
        return keys[address >>> 11] & 0xFE;
    }

    /** Sets the storage key byte of the 2K block holding an absolute address (bit 7 is ignored). */
    public void setKey(int address, int keyByte) {
        keys[address >>> 11] = (byte) (keyByte & 0xFE);
        generation++;
    }

    /** Marks a 2K block referenced, and changed when {@code store}. */
    public void markAccess(int address, boolean store) {
        keys[address >>> 11] |= (byte) (store ? KEY_REFERENCED | KEY_CHANGED : KEY_REFERENCED);
    }
}
