package vm370.s370.device.dasd;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape of each direct-access device type: cylinders and tracks for count-key-data (CKD)
 * volumes, 512-byte blocks for fixed-block (FBA) ones. Both the directory (minidisk extents) and
 * the device models (image files in the Hercules layout) read it, so the two always agree.
 *
 * <p>For CKD, {@code trackCapacity} is the longest R1 data a track holds and {@code trackSlot}
 * the bytes one track occupies in a Hercules image: 37 bytes of home address, R0, R1 count and
 * end-of-track marker, plus the capacity, rounded up to 512.
 */
public enum DasdGeometry {
    //         type    kind      cylinders heads trackCapacity blocks  (default size, as dasdinit)
    D2314 (0x2314, Kind.CKD,   200, 20,  7294,       0),
    D3330 (0x3330, Kind.CKD,   404, 19, 13030,       0),
    D3340 (0x3340, Kind.CKD,   348, 12,  8368,       0),
    D3350 (0x3350, Kind.CKD,   555, 30, 19069,       0),
    D3375 (0x3375, Kind.CKD,   959, 12, 35616,       0),
    D3380 (0x3380, Kind.CKD,   885, 15, 47476,       0),
    D3390 (0x3390, Kind.CKD,  1113, 15, 56664,       0),
    D3310 (0x3310, Kind.FBA,     0,  0,     0,  125_664),
    D3370 (0x3370, Kind.FBA,     0,  0,     0,  558_000);

    /** Count-key-data (cylinders, heads, records) or fixed-block architecture (512-byte blocks). */
    public enum Kind { CKD, FBA }

    /** Bytes in an FBA block. */
    public static final int FBA_BLOCK_SIZE = 512;

    private final int deviceType;
    private final Kind kind;
    private final int cylinders;
    private final int heads;
    private final int trackCapacity;
    private final int blocks;

    DasdGeometry(int deviceType, Kind kind, int cylinders, int heads, int trackCapacity, int blocks) {
        this.deviceType = deviceType;
        this.kind = kind;
        this.cylinders = cylinders;
        this.heads = heads;
        this.trackCapacity = trackCapacity;
        this.blocks = blocks;
    }

    /** The device type as IBM writes it, such as 0x3350. */
    public int deviceType() {
        return deviceType;
    }

    /** The device type's name as directories and commands write it: {@code 3350}. */
    public String typeName() {
        return Integer.toHexString(deviceType).toUpperCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** Cylinders on a full volume of the base model (CKD only). */
    public int cylinders() {
        return cylinders;
    }

    /** Tracks per cylinder (CKD only). */
    public int heads() {
        return heads;
    }

    /** The longest record a track holds (CKD only). */
    public int trackCapacity() {
        return trackCapacity;
    }

    /** Bytes one track occupies in a Hercules CKD image (CKD only). */
    public int trackSlot() {
        return kind == Kind.CKD ? (37 + trackCapacity + 511) / 512 * 512 : 0;
    }

    /** 512-byte blocks on a full volume (FBA only). */
    public int blocks() {
        return blocks;
    }

    /**
     * Looks a device type up by the name a directory or configuration uses: {@code 3350},
     * {@code 3330-11}, {@code FB-512} (a fixed-block volume of any size, shaped as a 3370).
     */
    public static Optional<DasdGeometry> byName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("FB-512") || upper.equals("9336")) {
            return Optional.of(D3370);
        }
        int dash = upper.indexOf('-');
        String base = dash < 0 ? upper : upper.substring(0, dash);
        for (DasdGeometry g : values()) {
            if (g.typeName().equals(base)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
