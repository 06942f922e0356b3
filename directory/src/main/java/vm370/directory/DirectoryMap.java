package vm370.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import vm370.directory.model.DeviceAddress;
import vm370.directory.model.Directory;
import vm370.directory.model.Extent;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * The minidisk map of each volume (DIRMAP): the extents in use with their owners, and the gaps
 * between them. Also finds a free extent for a new minidisk. Full-pack minidisks are listed but
 * do not use space. Cylinder 0 of a CKD volume (its label) is never handed out.
 */
public final class DirectoryMap {

    private DirectoryMap() {
    }

    /** The map as text, one section per configured volume. */
    public static String render(Directory directory, VolumeSet volumes) {
        Map<String, List<DirectoryValidator.Placed>> extents = DirectoryValidator.extents(directory, volumes);
        StringBuilder out = new StringBuilder();
        for (Volume volume : volumes.volumes()) {
            String unit = volume.type().kind() == DasdGeometry.Kind.CKD ? "CYLINDERS" : "BLOCKS";
            out.append(String.format(Locale.ROOT, "VOLUME %-6s %-6s %d %s%n", volume.volser(),
                    volume.type().typeName(), volume.size(), unit));
            out.append(String.format(Locale.ROOT, "  %8s %8s %8s  %-8s %s%n", "START", "END", "SIZE", "USERID", "ADDR"));
            int next = 0;
            for (DirectoryValidator.Placed placed : extents.getOrDefault(volume.volser(), List.of())) {
                Extent extent = placed.extent();
                if (!extent.fullPack() && extent.first() > next) {
                    gap(out, next, extent.first() - 1);
                }
                out.append(String.format(Locale.ROOT, "  %8d %8d %8d  %-8s %s%s%n", extent.first(), extent.last(),
                        extent.size(), placed.owner().userid(), DeviceAddress.format(placed.minidisk().vaddr()),
                        extent.fullPack() ? "  FULL PACK" : ""));
                if (!extent.fullPack()) {
                    next = Math.max(next, extent.last() + 1);
                }
            }
            if (next < volume.size()) {
                gap(out, next, volume.size() - 1);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The first start of {@code size} free cylinders (or blocks) on {@code volume}, first fit. */
    static OptionalInt freeExtent(Directory directory, VolumeSet volumes, Volume volume, int size) {
        List<Extent> used = new ArrayList<>();
        DirectoryValidator.extents(directory, volumes).getOrDefault(volume.volser(), List.of()).stream()
                .map(DirectoryValidator.Placed::extent).filter(extent -> !extent.fullPack()).forEach(used::add);
        int next = volume.type().kind() == DasdGeometry.Kind.CKD ? 1 : 0;
        for (Extent extent : used) {
            if (extent.first() - next >= size) {
                return OptionalInt.of(next);
            }
            next = Math.max(next, extent.last() + 1);
        }
        return volume.size() - next >= size ? OptionalInt.of(next) : OptionalInt.empty();
    }

    private static void gap(StringBuilder out, int first, int last) {
        out.append(String.format(Locale.ROOT, "  %8d %8d %8d  %s%n", first, last, last - first + 1, "(GAP)"));
    }
}
