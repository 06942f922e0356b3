package vm370.rscs.nje;

import java.util.Optional;

/** Record control bytes RSCS uses: what a record in a block is, or which stream it belongs to. */
public enum Rcb {
    REQUEST_TO_INITIATE(0x90),
    PERMISSION(0xA0),
    NEGATIVE_PERMISSION(0xB0),
    TRANSMISSION_COMPLETE(0xC0),
    READY_TO_RECEIVE(0xD0),
    BCB_ERROR(0xE0),
    GENERAL_CONTROL(0xF0),
    NODAL_MESSAGE(0x9A),
    /** SYSOUT stream 1: files travel on it (one stream is enough for every peer seen). */
    SYSOUT_1(0x99);

    private final int code;

    Rcb(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<Rcb> parse(int code) {
        for (Rcb r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
