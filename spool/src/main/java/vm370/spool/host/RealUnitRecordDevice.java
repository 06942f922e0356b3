package vm370.spool.host;

import vm370.spool.file.DeviceType;

/**
 * A real unit-record device of the host system that the spooling operator starts and drains:
 * a card reader fed from a hopper folder or a socket, a printer, a punch. @vm370 RDEVBLOK
 */
public sealed interface RealUnitRecordDevice permits RealCardReader, RealOutputDevice {

    /** The real device address. */
    int address();

    /** RDR, PRT or PUN. */
    DeviceType type();

    /** True when started (takes work), false when drained. */
    boolean started();

    /** START: takes work again; {@code classes} (1-4 class letters) and separator when given, else as before. */
    void start(String classes, Boolean separator);

    /** DRAIN: stops taking work after the current file. */
    void drain();

    /** The classes served (output devices) as typed on START. */
    String classes();

    /** True when separator pages/cards are wanted. */
    boolean separator();

    /** The operator's status line, e.g. {@code PRT  00E STARTED   SYSTEM   CLASS = A      SEP}. */
    default String status() {
        return String.format("%-4s %03X %-9s SYSTEM   CLASS = %-6s %s", type().code(), address(),
                started() ? "STARTED" : "DRAINED", classes(), separator() ? "SEP" : "NOSEP");
    }
}
