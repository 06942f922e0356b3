package vm370.cp.vm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vm370.cp.guest.GuestSystem;

/**
 * CP's registry of named systems: what {@code IPL name} can start besides a device. The launcher
 * registers CMS and RSCS at start-up, so CP never depends on them.
 * @vm370 DMKSNT
 */
public final class NamedSystems {

    private final Map<String, GuestSystem> systems = new ConcurrentHashMap<>();

    public void register(GuestSystem system) {
        systems.put(system.name().toUpperCase(Locale.ROOT), system);
    }

    public Optional<GuestSystem> find(String name) {
        return Optional.ofNullable(systems.get(name.toUpperCase(Locale.ROOT)));
    }
}
