package vm370.directory.model;

/**
 * The cylinders (or blocks) a minidisk occupies on its volume, {@code first} to {@code last}
 * inclusive, as CP maps virtual cylinder 0 to real cylinder {@code first}.
 */
public record Extent(Volume volume, int first, int last) {

    public int size() {
        return last - first + 1;
    }

    /** A full-pack extent covers the whole volume; it may overlap others (see {@code DirectoryValidator}). */
    public boolean fullPack() {
        return first == 0 && last == volume.size() - 1;
    }

    public boolean overlaps(Extent other) {
        return volume.volser().equals(other.volume.volser()) && first <= other.last && other.first <= last;
    }
}
