package vm370.cp;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import vm370.cp.guest.GuestMachine;
import vm370.s370.device.dasd.DasdGeometry;

/** What test guests written in Java share: big-endian fields in guest storage, and CMS-formatting a CKD minidisk's tracks. */
final class GuestCalls {

    private GuestCalls() {
    }

    static void putWord(GuestMachine machine, int address, int value) {
        machine.write(address, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value}, 0, 4);
    }

    static void putHalf(GuestMachine machine, int address, int value) {
        machine.write(address, new byte[] {(byte) (value >>> 8), (byte) value}, 0, 2);
    }

    static int word(GuestMachine machine, int address) {
        byte[] b = new byte[4];
        machine.read(address, b, 0, 4);
        return ByteBuffer.wrap(b).getInt();
    }

    static int byteAt(GuestMachine machine, int address) {
        byte[] b = new byte[1];
        machine.read(address, b, 0, 1);
        return b[0] & 0xFF;
    }

    /** Issues DIAGNOSE with R2 = {@code rx} and R4 = {@code ry}; returns the condition code. */
    static int diagnose(GuestMachine machine, int code, int rx, int ry) {
        machine.setGpr(2, rx);
        machine.setGpr(4, ry);
        return machine.diagnose(code, 2, 4);
    }

    /**
     * Formats cylinders {@code first..first+count-1} of a CKD image in CMS blocks: on each track
     * R0 and the key-less records R1..Rn of {@code blockSize} bytes, counts carrying the
     * minidisk-relative cylinder, as CMS FORMAT writes them.
     */
    static void formatCms(Path image, DasdGeometry g, int first, int count, int blockSize, int perTrack) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            byte[] track = new byte[g.trackSlot()];
            for (int c = 0; c < count; c++) {
                for (int h = 0; h < g.heads(); h++) {
                    java.util.Arrays.fill(track, (byte) 0);
                    ByteBuffer t = ByteBuffer.wrap(track);
                    t.put((byte) 0).putShort((short) (first + c)).putShort((short) h);
                    t.putShort((short) c).putShort((short) h).put((byte) 0).put((byte) 0).putShort((short) 8);
                    t.position(t.position() + 8);
                    for (int r = 1; r <= perTrack; r++) {
                        t.putShort((short) c).putShort((short) h).put((byte) r).put((byte) 0).putShort((short) blockSize);
                        t.position(t.position() + blockSize);
                    }
                    java.util.Arrays.fill(track, t.position(), t.position() + 8, (byte) 0xFF);
                    file.seek(512 + ((long) (first + c) * g.heads() + h) * g.trackSlot());
                    file.write(track);
                }
            }
        }
    }
}
