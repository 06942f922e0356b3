package vm370.cp.vio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vm370.directory.model.Extent;
import vm370.directory.model.Volume;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * CP's temporary-disk space: the configured T-disk volumes and, on each, the extents not given out
 * (cylinders on CKD, 512-byte blocks on FBA), first fit, merged again when freed. The first
 * cylinder (or the first {@link #FBA_RESERVED} blocks) of each volume holds its label and is never
 * given out.
 * @vm370 DMKTDK
 */
public final class TemporaryDisks {

    /** FBA blocks kept at the start of a T-disk volume for its label. */
    static final int FBA_RESERVED = 16;

    /** A run of free units on a volume, {@code first} to {@code last} inclusive. */
    private record Free(int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, List<Free>> free = new LinkedHashMap<>();

    /** Space on each volume, in configuration order. */
    public TemporaryDisks(List<Volume> tdiskVolumes) {
        for (Volume volume : tdiskVolumes) {
            int first = volume.type().kind() == DasdGeometry.Kind.CKD ? 1 : FBA_RESERVED;
            volumes.put(volume.volser(), volume);
            List<Free> runs = new ArrayList<>();
            if (volume.size() > first) {
                runs.add(new Free(first, volume.size() - 1));
            }
            free.put(volume.volser(), runs);
        }
    }

    /** Takes {@code size} cylinders (or blocks) of device type {@code type} from the first volume with room. */
    public synchronized Optional<Extent> allocate(DasdGeometry type, int size) {
        if (size <= 0) {
            return Optional.empty();
        }
        for (Volume volume : volumes.values()) {
            if (volume.type() != type) {
                continue;
            }
            List<Free> runs = free.get(volume.volser());
            for (int i = 0; i < runs.size(); i++) {
                Free run = runs.get(i);
                if (run.size() >= size) {
                    if (run.size() == size) {
                        runs.remove(i);
                    } else {
                        runs.set(i, new Free(run.first() + size, run.last()));
                    }
                    return Optional.of(new Extent(volume, run.first(), run.first() + size - 1));
                }
            }
        }
        return Optional.empty();
    }

    /** Gives an extent back; it joins its free neighbours. */
    public synchronized void free(Extent extent) {
        List<Free> runs = free.get(extent.volume().volser());
        if (runs == null) {
            return;
        }
        int at = 0;
        while (at < runs.size() && runs.get(at).first() < extent.first()) {
            at++;
        }
        Free joined = new Free(extent.first(), extent.last());
        if (at < runs.size() && runs.get(at).first() == joined.last() + 1) {
            joined = new Free(joined.first(), runs.remove(at).last());
        }
        if (at > 0 && runs.get(at - 1).last() + 1 == joined.first()) {
            joined = new Free(runs.remove(at - 1).first(), joined.last());
            at--;
        }
        runs.add(at, joined);
    }

    /** Free units on all volumes of a type, for QUERY TDISK and tests. */
    public synchronized int available(DasdGeometry type) {
        int total = 0;
        for (Volume volume : volumes.values()) {
            if (volume.type() == type) {
                total += free.get(volume.volser()).stream().mapToInt(Free::size).sum();
            }
        }
        return total;
    }

    /** The device types T-disk space exists for, first volume's first: what {@code DEFINE TDISK} gets. */
    public synchronized Optional<DasdGeometry> defaultType() {
        return volumes.values().stream().map(Volume::type).findFirst();
    }
}
