package vm370.cms.fs;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * A second EDF reader written from cms-edf.md alone, sharing no code with the file system: it finds
 * the label as cmsfs does, walks the directory and every pointer tree, and records which blocks are
 * referenced, so tests can check our disks byte by byte against the reference.
 */
final class IndependentEdfReader {

    record Fst(byte[] raw, String name, String type, byte recfm, int lrecl, int fop, int adbc, int aic, int nlvl,
            int ptrsz, List<Integer> dataBlocks, List<int[]> varEntries) {
    }

    final byte[] disk;
    final int blockSize;
    final int labelAt;
    final BitSet referenced = new BitSet();
    final List<Fst> fsts = new ArrayList<>();
    final List<Integer> directoryPointerBlocks = new ArrayList<>();

    IndependentEdfReader(byte[] disk, boolean fba) {
        this.disk = disk;
        int found = -1;
        int at = -1;
        for (int b : new int[] {512, 1024, 2048, 4096}) {
            int label = fba ? 512 : 2 * b;
            if (label + 80 <= disk.length && u32(label) == 0xC3D4E2F1 && u32(label + 12) == b) {
                found = b;
                at = label;
                break;
            }
        }
        if (found < 0) {
            throw new AssertionError("no CMS1 label");
        }
        blockSize = found;
        labelAt = at;
        for (int b = 1; b <= 3; b++) {
            referenced.set(b);
        }
        int dop = u32(labelAt + 16);
        Fst directory = fst(block(dop), "directory");
        if (directory.nlvl() == 0 && directory.fop() != dop) {
            throw new AssertionError("one-block directory: FOP " + directory.fop() + " != DOP " + dop);
        }
        if (directory.nlvl() > 0 && directory.dataBlocks().get(0) != dop) {
            throw new AssertionError("directory's first data block is not DOP");
        }
        int perBlock = blockSize / 64;
        for (int i = 0; i < directory.aic(); i++) {
            int offset = block(directory.dataBlocks().get(i / perBlock)) + i % perBlock * 64;
            fsts.add(i == 0 ? directory : fst(offset, "fst " + i));
        }
    }

    int u32(int at) {
        return ByteBuffer.wrap(disk, at, 4).getInt();
    }

    int u16(int at) {
        return ByteBuffer.wrap(disk, at, 2).getShort() & 0xFFFF;
    }

    int block(int n) {
        return (n - 1) * blockSize;
    }

    String ebcdic(int at, int length) {
        return Ebcdic.CP037.decode(disk, at, length);
    }

    private Fst fst(int at, String what) {
        byte[] raw = java.util.Arrays.copyOfRange(disk, at, at + 64);
        int fop = u32(at + 40);
        int adbc = u32(at + 44);
        int nlvl = disk[at + 52] & 0xFF;
        int ptrsz = disk[at + 53] & 0xFF;
        List<Integer> data = new ArrayList<>();
        List<int[]> entries = new ArrayList<>();
        walk(fop, nlvl, ptrsz, adbc, data, entries);
        for (int b : data) {
            if (b != 0) {
                referenced.set(b);
            }
        }
        return new Fst(raw, ebcdic(at, 8), ebcdic(at + 8, 8), disk[at + 30], u32(at + 32), fop, adbc, u32(at + 48),
                nlvl, ptrsz, data, entries);
    }

    /** Expands the tree level by level, fan-out B/PTRSZ, keeping V entries of level 1. */
    private void walk(int fop, int nlvl, int ptrsz, int adbc, List<Integer> data, List<int[]> entries) {
        List<Integer> level = List.of(fop);
        for (int depth = nlvl; depth >= 1; depth--) {
            List<Integer> next = new ArrayList<>();
            for (int p : level) {
                if (p == 0) {
                    for (int k = 0; k < blockSize / ptrsz; k++) {
                        next.add(0);
                    }
                    continue;
                }
                referenced.set(p);
                for (int k = 0; k < blockSize / ptrsz; k++) {
                    int e = block(p) + k * ptrsz;
                    int child = u32(e);
                    if (child == 0 && ptrsz == 12) {
                        break;
                    }
                    next.add(child);
                    if (depth == 1 && ptrsz == 12) {
                        entries.add(new int[] {child, u32(e + 4), u32(e + 8)});
                    }
                }
            }
            level = next;
        }
        data.addAll(level.size() > adbc ? level.subList(0, adbc) : level);
    }

    /** The file's data stream, null blocks as zeros. */
    byte[] stream(Fst f) {
        byte[] out = new byte[f.dataBlocks().size() * blockSize];
        for (int i = 0; i < f.dataBlocks().size(); i++) {
            int b = f.dataBlocks().get(i);
            if (b != 0) {
                System.arraycopy(disk, block(b), out, i * blockSize, blockSize);
            }
        }
        return out;
    }

    /** The records of a user file, read as cmsfs does: exactly AIC of them. */
    List<byte[]> records(Fst f) {
        byte[] s = stream(f);
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        for (int n = 0; n < f.aic(); n++) {
            int length = f.recfm() == (byte) 0xC6 ? f.lrecl() : (s[at] & 0xFF) << 8 | s[at + 1] & 0xFF;
            if (f.recfm() != (byte) 0xC6) {
                at += 2;
            }
            out.add(java.util.Arrays.copyOfRange(s, at, at + length));
            at += length;
        }
        return out;
    }

    /** The allocation map's bits, from the ALLOCMAP file. */
    byte[] allocationMap() {
        return stream(fsts.get(1));
    }
}
