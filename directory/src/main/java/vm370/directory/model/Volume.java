package vm370.directory.model;

import vm370.s370.device.dasd.DasdGeometry;

/**
 * One DASD volume of the system configuration that minidisks may be carved from.
 * {@code size} counts cylinders on a count-key-data volume and 512-byte blocks on a fixed-block one.
 */
public record Volume(String volser, DasdGeometry type, int size) {

    public Volume {
        if (size <= 0) {
            throw new IllegalArgumentException("volume size: " + size + " (expected: > 0)");
        }
    }

    /** A volume of the device type's full size. */
    public static Volume of(String volser, DasdGeometry type) {
        return new Volume(volser, type, type.kind() == DasdGeometry.Kind.CKD ? type.cylinders() : type.blocks());
    }
}
