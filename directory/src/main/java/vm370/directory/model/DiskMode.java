package vm370.directory.model;

import java.util.Optional;

/**
 * An access mode as written on MDISK or LINK, with the optional {@code V} suffix that asks CP to
 * simulate RESERVE/RELEASE on the shared disk ({@code MWV}).
 */
public record DiskMode(AccessMode access, boolean virtualReserve) {

    /** The default when an MDISK statement gives no mode. */
    public static final DiskMode WRITE = new DiskMode(AccessMode.W, false);

    /** Parses {@code MR}, {@code MWV}...; empty if the text is no mode. */
    public static Optional<DiskMode> parse(String text) {
        boolean reserve = text.length() > 1 && text.endsWith("V");
        String base = reserve ? text.substring(0, text.length() - 1) : text;
        return AccessMode.parse(base).map(mode -> new DiskMode(mode, reserve));
    }

    public String render() {
        return access.name() + (virtualReserve ? "V" : "");
    }
}
