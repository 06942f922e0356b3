package vm370.rscs.nje;

import java.util.Optional;

/** Sub-record control bytes: of a SYSOUT record (headers, data, trailer) and of a general-control record (signon). */
public enum Srcb {
    /** A record with no carriage control: punch cards (the first byte is the record length). */
    CARD(0x80),
    /** A print record with a machine carriage-control byte after the length byte. */
    PRINT_MACHINE(0x90),
    JOB_HEADER(0xC0),
    JOB_TRAILER(0xD0),
    DATASET_HEADER(0xE0),
    /** General control: initial signon ('I'), its response ('J'), signoff ('B'). */
    SIGNON_INITIAL(0xC9),
    SIGNON_RESPONSE(0xD1),
    SIGNOFF(0xC2),
    /** Nodal message records carry X'80'. */
    NODAL_MESSAGE(0x80);

    private final int code;

    Srcb(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The SRCB of a SYSOUT record (not the signon ones, which share values with data SRCBs). */
    public static Optional<Srcb> parseSysout(int code) {
        return switch (code) {
            case 0x80 -> Optional.of(CARD);
            case 0x90 -> Optional.of(PRINT_MACHINE);
            case 0xC0 -> Optional.of(JOB_HEADER);
            case 0xD0 -> Optional.of(JOB_TRAILER);
            case 0xE0 -> Optional.of(DATASET_HEADER);
            default -> Optional.empty();
        };
    }

    /** The SRCB of a general-control record. */
    public static Optional<Srcb> parseControl(int code) {
        return switch (code) {
            case 0xC9 -> Optional.of(SIGNON_INITIAL);
            case 0xD1 -> Optional.of(SIGNON_RESPONSE);
            case 0xC2 -> Optional.of(SIGNOFF);
            default -> Optional.empty();
        };
    }
}
