package vm370.cms.program;

import vm370.cp.guest.GuestMachine;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/**
 * Big-endian words, halfwords, addresses and EBCDIC text in a virtual machine's storage: how CMS
 * reads its callers' parameter lists and writes their results.
 */
final class GuestMemory {

    private final GuestMachine machine;
    private final byte[] scratch = new byte[8];

    GuestMemory(GuestMachine machine) {
        this.machine = machine;
    }

    GuestMachine machine() {
        return machine;
    }

    /** True when {@code length} bytes from {@code address} lie inside the machine's storage. */
    boolean inside(int address, int length) {
        return address >= 0 && length >= 0 && (long) address + length <= machine.storageSize();
    }

    int word(int address) {
        machine.read(address, scratch, 0, 4);
        return BigEndian.word(scratch, 0);
    }

    int halfword(int address) {
        machine.read(address, scratch, 0, 2);
        return BigEndian.halfword(scratch, 0);
    }

    int byteAt(int address) {
        machine.read(address, scratch, 0, 1);
        return scratch[0] & 0xFF;
    }

    long doubleword(int address) {
        return (long) word(address) << 32 | word(address + 4) & 0xFFFFFFFFL;
    }

    void putWord(int address, int value) {
        BigEndian.putWord(scratch, 0, value);
        machine.write(address, scratch, 0, 4);
    }

    void putDoubleword(int address, long value) {
        putWord(address, (int) (value >>> 32));
        putWord(address + 4, (int) value);
    }

    byte[] bytes(int address, int length) {
        byte[] b = new byte[length];
        machine.read(address, b, 0, length);
        return b;
    }

    void put(int address, byte[] bytes) {
        machine.write(address, bytes, 0, bytes.length);
    }

    /** EBCDIC text, trailing blanks and nulls removed. */
    String text(int address, int length) {
        return Ebcdic.CP037.decode(bytes(address, length)).replace('\0', ' ').stripTrailing();
    }
}
