package vm370.cp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CP's saved segments by name: what DIAGNOSE 64 finds and loads into a virtual machine (a shared
 * CMS segment, a help text segment). Each has a page-aligned start address in the machine's
 * storage and its contents; the launcher or SAVESYS registers them.
 * @vm370 DMKSNT
 */
public final class NamedSegments {

    /** A saved segment: its name, the storage address it loads at, what it holds. */
    public record Segment(String name, int start, byte[] contents) {
        public Segment {
            name = name.toUpperCase(Locale.ROOT);
            if (name.isEmpty() || name.length() > 8 || (start & 0xFFF) != 0 || start < 0 || contents.length == 0) {
                throw new IllegalArgumentException("segment: " + name + " at " + Integer.toHexString(start)
                        + " (expected: a 1-8 character name, a page-aligned address, some contents)");
            }
            contents = contents.clone();
        }

        /** The last byte's address. */
        public int end() {
            return start + contents.length - 1;
        }

        @Override
        public byte[] contents() {
            return contents.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Segment s && s.name.equals(name) && s.start == start && Arrays.equals(s.contents, contents);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + start;
        }
    }

    private final Map<String, Segment> segments = new ConcurrentHashMap<>();

    /** Registers (or replaces) a segment. */
    public void save(Segment segment) {
        segments.put(segment.name(), segment);
    }

    public Optional<Segment> find(String name) {
        return Optional.ofNullable(segments.get(name.strip().toUpperCase(Locale.ROOT)));
    }
}
