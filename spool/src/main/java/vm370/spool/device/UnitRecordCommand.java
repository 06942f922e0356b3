package vm370.spool.device;

/**
 * CCW command codes of the unit-record devices VM/370 spools: 1403/3211 printer, 2540/3525 punch,
 * 2540/3505 reader. A spool record keeps its code, so a printer file replays its carriage control.
 * The same byte means different things on different devices, hence one lookup table per family.
 * @pops GA22-7000 "Input/Output Operations"; 2821 Component Description (1403, 2540 command codes)
 */
public enum UnitRecordCommand {
    //                    family           code  data  space skip
    WRITE_NO_SPACE       (Family.PRINTER,  0x01, true,  0,  0),
    WRITE_SPACE_1        (Family.PRINTER,  0x09, true,  1,  0),
    WRITE_SPACE_2        (Family.PRINTER,  0x11, true,  2,  0),
    WRITE_SPACE_3        (Family.PRINTER,  0x19, true,  3,  0),
    WRITE_SKIP_CHANNEL_1 (Family.PRINTER,  0x89, true,  0,  1),
    WRITE_SKIP_CHANNEL_2 (Family.PRINTER,  0x91, true,  0,  2),
    WRITE_SKIP_CHANNEL_3 (Family.PRINTER,  0x99, true,  0,  3),
    WRITE_SKIP_CHANNEL_4 (Family.PRINTER,  0xA1, true,  0,  4),
    WRITE_SKIP_CHANNEL_5 (Family.PRINTER,  0xA9, true,  0,  5),
    WRITE_SKIP_CHANNEL_6 (Family.PRINTER,  0xB1, true,  0,  6),
    WRITE_SKIP_CHANNEL_7 (Family.PRINTER,  0xB9, true,  0,  7),
    WRITE_SKIP_CHANNEL_8 (Family.PRINTER,  0xC1, true,  0,  8),
    WRITE_SKIP_CHANNEL_9 (Family.PRINTER,  0xC9, true,  0,  9),
    WRITE_SKIP_CHANNEL_10(Family.PRINTER,  0xD1, true,  0, 10),
    WRITE_SKIP_CHANNEL_11(Family.PRINTER,  0xD9, true,  0, 11),
    WRITE_SKIP_CHANNEL_12(Family.PRINTER,  0xE1, true,  0, 12),
    SPACE_1_IMMEDIATE    (Family.PRINTER,  0x0B, false, 1,  0),
    SPACE_2_IMMEDIATE    (Family.PRINTER,  0x13, false, 2,  0),
    SPACE_3_IMMEDIATE    (Family.PRINTER,  0x1B, false, 3,  0),
    SKIP_CHANNEL_1_IMMEDIATE (Family.PRINTER, 0x8B, false, 0,  1),
    SKIP_CHANNEL_2_IMMEDIATE (Family.PRINTER, 0x93, false, 0,  2),
    SKIP_CHANNEL_3_IMMEDIATE (Family.PRINTER, 0x9B, false, 0,  3),
    SKIP_CHANNEL_4_IMMEDIATE (Family.PRINTER, 0xA3, false, 0,  4),
    SKIP_CHANNEL_5_IMMEDIATE (Family.PRINTER, 0xAB, false, 0,  5),
    SKIP_CHANNEL_6_IMMEDIATE (Family.PRINTER, 0xB3, false, 0,  6),
    SKIP_CHANNEL_7_IMMEDIATE (Family.PRINTER, 0xBB, false, 0,  7),
    SKIP_CHANNEL_8_IMMEDIATE (Family.PRINTER, 0xC3, false, 0,  8),
    SKIP_CHANNEL_9_IMMEDIATE (Family.PRINTER, 0xCB, false, 0,  9),
    SKIP_CHANNEL_10_IMMEDIATE(Family.PRINTER, 0xD3, false, 0, 10),
    SKIP_CHANNEL_11_IMMEDIATE(Family.PRINTER, 0xDB, false, 0, 11),
    SKIP_CHANNEL_12_IMMEDIATE(Family.PRINTER, 0xE3, false, 0, 12),
    PRINTER_NO_OPERATION (Family.PRINTER,  0x03, false, 0,  0),
    PRINTER_SENSE        (Family.PRINTER,  0x04, false, 0,  0),
    PUNCH_STACKER_1      (Family.PUNCH,    0x01, true,  0,  0),
    PUNCH_STACKER_2      (Family.PUNCH,    0x41, true,  0,  0),
    PUNCH_STACKER_3      (Family.PUNCH,    0x81, true,  0,  0),
    PUNCH_NO_OPERATION   (Family.PUNCH,    0x03, false, 0,  0),
    PUNCH_SENSE          (Family.PUNCH,    0x04, false, 0,  0),
    READ_STACKER_1       (Family.READER,   0x02, true,  0,  0),
    READ_STACKER_2       (Family.READER,   0x42, true,  0,  0),
    READ_STACKER_3       (Family.READER,   0x82, true,  0,  0),
    READER_NO_OPERATION  (Family.READER,   0x03, false, 0,  0),
    READER_SENSE         (Family.READER,   0x04, false, 0,  0);

    /** Which device family a command code belongs to. */
    public enum Family { PRINTER, PUNCH, READER }

    private static final UnitRecordCommand[][] BY_CODE = new UnitRecordCommand[Family.values().length][256];

    static {
        for (UnitRecordCommand command : values()) {
            UnitRecordCommand[] table = BY_CODE[command.family.ordinal()];
            if (table[command.code] != null) {
                throw new IllegalStateException("command code " + Integer.toHexString(command.code)
                        + " twice in " + command.family + " (expected: one command per code)");
            }
            table[command.code] = command;
        }
    }

    private final Family family;
    private final int code;
    private final boolean transfersData;
    private final int spaceLines;
    private final int skipChannel;

    UnitRecordCommand(Family family, int code, boolean transfersData, int spaceLines, int skipChannel) {
        this.family = family;
        this.code = code;
        this.transfersData = transfersData;
        this.spaceLines = spaceLines;
        this.skipChannel = skipChannel;
    }

    /** The command of a CCW code on a device family, or null when the device rejects it (command reject). */
    public static UnitRecordCommand parse(Family family, int code) {
        return BY_CODE[family.ordinal()][code & 0xFF];
    }

    /** The CCW command code byte. */
    public int code() {
        return code;
    }

    /** The device family. */
    public Family family() {
        return family;
    }

    /** True for writes and reads; false for immediate carriage moves, no-ops and sense. */
    public boolean transfersData() {
        return transfersData;
    }

    /** Lines the carriage spaces (after printing, or at once for an immediate command). */
    public int spaceLines() {
        return spaceLines;
    }

    /** The carriage-tape channel the carriage skips to (1-12), or 0. */
    public int skipChannel() {
        return skipChannel;
    }

    /** True when the command moves paper or prints, and so belongs in a printer spool file. */
    public boolean isCarriageOrWrite() {
        return family == Family.PRINTER && (transfersData || spaceLines > 0 || skipChannel > 0);
    }
}
