package vm370.system.boot;

import java.util.List;
import java.util.Locale;

/**
 * What the operator's panel shows of the real machine over the last interval: each real
 * processor's utilization, the instructions the virtual machines executed per second (MIPS),
 * the paging rate, the users logged on, real storage in use, and the spool's files.
 *
 * @param processorPercent utilization of each real processor, 0-100
 */
public record SystemLoad(String systemName, List<Integer> processorPercent, double mips, double pageInsPerSecond,
                         double pageOutsPerSecond, int users, int storagePercent, int spoolFiles) {

    public SystemLoad {
        processorPercent = List.copyOf(processorPercent);
    }

    /** The panel's lines, each at most 80 columns. */
    public List<String> panel() {
        StringBuilder processors = new StringBuilder();
        for (int p = 0; p < processorPercent.size(); p++) {
            processors.append(String.format(Locale.ROOT, "  CPU%d %3d%%", p, processorPercent.get(p)));
        }
        return List.of(
                String.format(Locale.ROOT, "%-8s  MIPS %7.2f%s", systemName, mips, processors),
                String.format(Locale.ROOT, "USERS %04d  STORAGE %3d%%  PAGING IN %6.1f/S OUT %6.1f/S  SPOOL %04d FILES",
                        users, storagePercent, pageInsPerSecond, pageOutsPerSecond, spoolFiles));
    }
}
