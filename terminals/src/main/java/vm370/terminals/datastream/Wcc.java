package vm370.terminals.datastream;

/**
 * The write control character that follows W, EW and EWA: reset, start printer, sound alarm,
 * keyboard restore and reset MDT. @see GA23-0059, "Write Control Character"
 */
public record Wcc(boolean reset, boolean startPrinter, boolean soundAlarm, boolean keyboardRestore,
                  boolean resetModified) {

    /** Keyboard restore and reset MDT: the usual WCC of a full screen (C3 with reset). */
    public static final Wcc RESTORE = new Wcc(true, false, false, true, true);
    /** Changes nothing: no unlock, no MDT reset. */
    public static final Wcc NONE = new Wcc(false, false, false, false, false);

    /**
     * The WCC byte. Bit 1 (X'40') is the reset bit under SNA, so the byte cannot always be made
     * graphic through the address table without setting reset; X'80' goes with reset (C3, C2).
     */
    public int toByte() {
        int low = (startPrinter ? 0x08 : 0) | (soundAlarm ? 0x04 : 0)
                | (keyboardRestore ? 0x02 : 0) | (resetModified ? 0x01 : 0);
        return reset ? 0xC0 | low : low;
    }

    public static Wcc fromByte(int b) {
        return new Wcc((b & 0x40) != 0, (b & 0x08) != 0, (b & 0x04) != 0, (b & 0x02) != 0, (b & 0x01) != 0);
    }

    public Wcc withAlarm() {
        return new Wcc(reset, startPrinter, true, keyboardRestore, resetModified);
    }
}
