package vm370.directory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.directory.store.DirectoryStore;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * {@code vm370 bench directory}: DIRECTXA of a generated directory of 10,000 CMS users (each
 * with its own password and a 10-cylinder 191 on one of a pool of 3380s), DIRECTXA again of its
 * export, then entry look-ups per second against the snapshot CP reads.
 */
public final class DirectoryBenchmark {

    public static final int USERS = 10_000;
    private static final int CYLINDERS = 10;
    private static final int LOOKUPS = 20_000_000;

    private DirectoryBenchmark() {
    }

    /** Processor time used by this process so far: the figure that does not depend on other loads. */
    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Generated source: MAINT's system disks, a CMS profile, and {@code users} users. */
    public static String generateSource(int users, VolumeSet volumes) {
        StringBuilder source = new StringBuilder("DIRECTORY 123 3380 SYS001\n\nPROFILE CMSUSER\n IPL CMS\n"
                + " CONSOLE 009 3215\n SPOOL 00C 2540 READER *\n SPOOL 00D 2540 PUNCH A\n SPOOL 00E 1403 A\n"
                + " LINK MAINT 190 190 RR\n LINK MAINT 19E 19E RR\n\nUSER MAINT CPCMS 16M 16M ABCDEFGH\n"
                + " MDISK 190 3380 1 100 SYS001 RR\n MDISK 19E 3380 101 100 SYS001 RR\n\n");
        List<Volume> pool = volumes.volumes().stream().filter(v -> v.volser().startsWith("USR")).toList();
        int perVolume = (DasdGeometry.D3380.cylinders() - 1) / CYLINDERS;
        for (int i = 0; i < users; i++) {
            Volume volume = pool.get(i / perVolume);
            source.append(String.format(Locale.ROOT, "USER U%05d P%05d 4M 16M G%n INCLUDE CMSUSER%n"
                    + " MDISK 191 3380 %d %d %s MR%n", i, i, 1 + (i % perVolume) * CYLINDERS, CYLINDERS,
                    volume.volser()));
        }
        return source.toString();
    }

    /** Volumes enough for {@code users} users: SYS001 and USR001... */
    public static VolumeSet volumesFor(int users) {
        List<Volume> volumes = new ArrayList<>();
        volumes.add(Volume.of("SYS001", DasdGeometry.D3380));
        int perVolume = (DasdGeometry.D3380.cylinders() - 1) / CYLINDERS;
        for (int v = 0; v * perVolume < users; v++) {
            volumes.add(Volume.of(String.format(Locale.ROOT, "USR%03d", v + 1), DasdGeometry.D3380));
        }
        return new VolumeSet(volumes);
    }

    /** Runs the benchmark with its database under {@code workDirectory}; the figure is the last line. */
    public static void run(Path workDirectory, PrintWriter out) throws DirectoryException {
        VolumeSet volumes = volumesFor(USERS);
        String source = generateSource(USERS, volumes);
        try (UserDirectory directory = UserDirectory.open(DirectoryStore.embeddedUrl(workDirectory), volumes)) {
            long start = System.nanoTime();
            Duration cpuStart = processCpu();
            UpdateOutcome outcome = directory.directxa(source);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = processCpu().minus(cpuStart).toMillis() / 1e3;
            if (outcome instanceof UpdateOutcome.Rejected(List<DirectoryError> errors)) {
                throw new IllegalStateException("generated directory: " + errors.getFirst().message()
                        + " (expected: no errors)");
            }
            out.printf(Locale.ROOT, "DIRECTXA of %,d users (PBKDF2, %,d iterations, %d processors): %.2f s,"
                    + " %.2f s of processor time%n", USERS, PasswordHasher.DEFAULT_ITERATIONS,
                    Runtime.getRuntime().availableProcessors(), seconds, cpuSeconds);
            long again = System.nanoTime();
            String exported = directory.export();
            if (!(directory.directxa(exported) instanceof UpdateOutcome.Applied)) {
                throw new IllegalStateException("exported directory: rejected (expected: applied)");
            }
            out.printf(Locale.ROOT, "DIRECTXA again of its export (no hash computed, no row changed): %.2f s%n",
                    (System.nanoTime() - again) / 1e9);
            out.flush();
            String[] userids = directory.userids().toArray(String[]::new);
            long found = 0;
            long lookupStart = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                found += directory.lookup(userids[i % userids.length]).isPresent() ? 1 : 0;
            }
            double lookupSeconds = (System.nanoTime() - lookupStart) / 1e9;
            if (found != LOOKUPS) {
                throw new IllegalStateException("look-ups found: " + found + " (expected: " + LOOKUPS + ")");
            }
            out.printf(Locale.ROOT, "directory: DIRECTXA %,d users %.2f s; %,.0f entry look-ups/second%n",
                    USERS, seconds, LOOKUPS / lookupSeconds);
            out.flush();
        }
    }
}
