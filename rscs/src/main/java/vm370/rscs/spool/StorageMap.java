package vm370.rscs.spool;

/**
 * Where RSCS keeps things in its virtual machine's storage: everything it hands CP (DIAGNOSE
 * areas, channel programs, card images) goes through these fixed areas, so the machine needs
 * no more than its directory's 2M.
 */
final class StorageMap {

    static final int CSW = 0x40;
    static final int IO_OLD_PSW = 0x38;
    static final int EXTERNAL_NEW_PSW = 0x58;
    static final int IO_NEW_PSW = 0x78;
    /** The idle program (set the CPU timer, wait enabled) and its operands. */
    static final int WAIT_PROGRAM = 0x300;
    static final int TIMER_VALUE = 0x380;
    static final int WAIT_PSW = 0x388;
    static final int CONTROL_0 = 0x390;
    /** The interruption window (CR0 with VMCF alone, STOSM, a disabled wait) and its operands. */
    static final int WINDOW_PROGRAM = 0x320;
    static final int WINDOW_CONTROL_0 = 0x398;
    static final int WINDOW_MASK = 0x3A0;
    static final int WINDOW_CLOSED_PSW = 0x3A8;
    static final int EXTERNAL_OLD_PSW = 0x18;
    /** Where the interruption new PSWs stop: the address tells which interruption ended the wait. */
    static final int WOKEN_BY_TIMER = 0xE00;
    static final int WOKEN_BY_IO = 0xF00;
    static final int WINDOW_CLOSED = 0xD00;
    static final int READER_HEADER = 0x1000;
    static final int READER_RECORD = 0x1200;
    /** VMCF's parameter list, and the external interruption buffer where CP leaves each special message. */
    static final int VMCF_PARAMETERS = 0x13C0;
    static final int SPECIAL_MESSAGE = 0x1400;
    static final int SPECIAL_MESSAGE_LENGTH = 0x400;
    static final int COMMAND = 0x2000;
    static final int RESPONSE = 0x3000;
    static final int RESPONSE_LENGTH = 0x4000;
    static final int CHANNEL_PROGRAM = 0x8000;
    static final int CONSOLE_BUFFER = 0x9000;
    static final int CONSOLE_LENGTH = 0x200;
    static final int CARDS = 0x10000;
    /** Block I/O work area (8K) for the 191 disk, RSCS CONFIG then RSCS DELIVERD: Rscs uses this address. */
    static final int BLOCK_IO = 0x40000;

    private StorageMap() {
    }
}
