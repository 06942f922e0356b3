package vm370.directory.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The DASD volumes the system configuration names, by volume serial. Immutable. */
public final class VolumeSet {

    private final Map<String, Volume> byVolser;

    public VolumeSet(List<Volume> volumes) {
        Map<String, Volume> map = new LinkedHashMap<>();
        for (Volume volume : volumes) {
            if (map.putIfAbsent(volume.volser(), volume) != null) {
                throw new IllegalArgumentException("volume: " + volume.volser() + " (expected: listed once)");
            }
        }
        this.byVolser = Collections.unmodifiableMap(map);
    }

    public Optional<Volume> volume(String volser) {
        return Optional.ofNullable(byVolser.get(volser));
    }

    public Collection<Volume> volumes() {
        return byVolser.values();
    }
}
