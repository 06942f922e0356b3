package vm370.directory.model;

import java.util.Optional;

/**
 * The access a minidisk grants its owner or a LINK asks for, as the MDISK and LINK statements
 * spell it. Read modes need the read password, write modes the write one, multi modes the
 * multiple-write one.
 */
public enum AccessMode {
    /** Read-only; refused if anyone has the disk in write. */
    R(Level.READ),
    /** Read-only even if another user has write access. */
    RR(Level.READ),
    /** Write; refused if anyone else has the disk at all. */
    W(Level.WRITE),
    /** Write if nobody else has it, else read-only. */
    WR(Level.WRITE),
    /** Multiple write: write unless another user has write access. */
    M(Level.MULTI),
    /** As M, but falls back to read-only instead of being refused. */
    MR(Level.MULTI),
    /** Write in any case. */
    MW(Level.MULTI);

    /** Which of a minidisk's three passwords guards a mode. */
    public enum Level { READ, WRITE, MULTI }

    private final Level level;

    AccessMode(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The mode named by {@code text} (upper case), if any. */
    public static Optional<AccessMode> parse(String text) {
        for (AccessMode mode : values()) {
            if (mode.name().equals(text)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
