package vm370.s370.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The USING state of pass 2 (HLASM Language Reference, "USING instruction"): ordinary USINGs
 * (several registers cover consecutive 4K ranges), labeled USINGs (only {@code LABEL.SYM}
 * resolves through them) and dependent USINGs (a base expressed through another USING).
 */
final class UsingTable {

    /** One base register's range: addresses from {@code base} in relocation id {@code relocationId}. */
    record Entry(String label, int base, int relocationId, int register, int bias, boolean dependent) {
    }

    /** A resolved address: base register and displacement; or a failure with how far out it was. */
    record Resolution(int register, int displacement, int beyond) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry entry) {
        // A new ordinary USING replaces the register's previous one; a dependent one its section's.
        entries.removeIf(e -> e.dependent() == entry.dependent() && Objects.equals(e.label(), entry.label())
                && (entry.dependent() ? e.relocationId() == entry.relocationId() : e.register() == entry.register()));
        entries.add(entry);
    }

    /** Drops the USINGs of a register (unlabeled), or of a label; with neither, all. */
    void drop(int register, String label) {
        if (register < 0 && label == null) {
            entries.clear();
        } else if (label != null) {
            entries.removeIf(e -> label.equals(e.label()));
        } else {
            entries.removeIf(e -> e.register() == register && e.label() == null);
        }
    }

    /**
     * Base and displacement for an address, or null when no USING has its relocation id; a
     * resolution with {@code beyond > 0} when the nearest was out of range by that many bytes.
     */
    Resolution resolve(int address, int relocationId, String qualifier) {
        Entry best = null;
        int bestDisplacement = Integer.MAX_VALUE;
        int nearestMiss = Integer.MAX_VALUE;
        boolean any = false;
        for (Entry e : entries) {
            if (e.relocationId() != relocationId || !Objects.equals(e.label(), qualifier)) {
                continue;
            }
            any = true;
            int offset = address - e.base();
            int displacement = offset + e.bias();
            if (offset >= 0 && displacement >= 0 && displacement <= 4095) {
                if (displacement < bestDisplacement || displacement == bestDisplacement && e.register() > best.register()) {
                    best = e;
                    bestDisplacement = displacement;
                }
            } else {
                int miss = offset < 0 ? -offset : displacement - 4095;
                nearestMiss = Math.min(nearestMiss, miss);
            }
        }
        if (best != null) {
            return new Resolution(best.register(), bestDisplacement, 0);
        }
        return any ? new Resolution(0, 0, nearestMiss) : null;
    }
}
