package vm370.cms.nucleus;

/**
 * Where the nucleus keeps its channel programs, parameter lists and I/O buffers in the virtual
 * machine's storage: below X'20000', the address CMS loads user programs at, and above the
 * architected low storage (PSWs, CSW at 64, CAW at 72).
 */
final class StorageMap {

    private StorageMap() {
    }

    /** Where a user program is loaded: the nucleus never writes at or above it. */
    static final int USER_AREA = 0x20000;

    static final int CSW = 64;

    static final int CONSOLE_CCW = 0x1000;
    static final int CONSOLE_OUTPUT = 0x1100;
    static final int CONSOLE_OUTPUT_SIZE = 0x700;
    static final int CONSOLE_INPUT = 0x1800;
    static final int CONSOLE_INPUT_SIZE = 0x100;

    static final int UNIT_RECORD_CCW = 0x1900;
    static final int UNIT_RECORD_BUFFER = 0x1A00;
    static final int UNIT_RECORD_BUFFER_SIZE = 0x200;

    static final int BIOPL = 0x1C00;
    static final int CLOCK_AREA = 0x1C40;
    static final int DEVICE_AREA = 0x1C60;
    static final int CP_COMMAND = 0x1C80;
    static final int CP_COMMAND_SIZE = 0x100;
    static final int CP_RESPONSE = 0x2000;
    static final int CP_RESPONSE_SIZE = 0x2000;
    static final int READER_AREA = 0x4000;
    static final int READER_AREA_SIZE = 0x200;

    static final int BIOE_LIST = 0x4400;
    static final int FORMAT_CCWS = 0x4600;

    /** Block buffers for DIAGNOSE X'250': {@link #BLOCK_SLOTS} slots of 4K. */
    static final int BLOCK_BUFFERS = 0x8000;
    static final int BLOCK_SLOTS = 16;
    /** The last slot: where a block read from disk lands. */
    static final int READ_SLOT = BLOCK_BUFFERS + 4096 * (BLOCK_SLOTS - 1);

    /** FORMAT's count fields and zeroed records for one track: the block buffers, flushed first, and on to the user area. */
    static final int FORMAT_RECORDS = BLOCK_BUFFERS;
    static final int FORMAT_RECORDS_SIZE = USER_AREA - BLOCK_BUFFERS;
}
