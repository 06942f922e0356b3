package vm370.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import vm370.directory.model.DeviceAddress;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Extent;
import vm370.directory.model.UserEntry;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * The checks across a whole directory: profiles named by INCLUDE, storage within maximum,
 * duplicate virtual addresses, minidisks on configured volumes of the right type, inside the
 * volume and not overlapping, LINKs to existing users' minidisks, and LOGONBY naming existing users.
 *
 * <p>Deliberate overlap: a <em>full-pack</em> minidisk, one that starts at cylinder (or block) 0
 * and covers the whole volume ({@code MDISK 6A1 3350 0 END VMSYS1 MW} or {@code 0 555} on a
 * 3350), may overlap any other minidisk, as a system programmer's full-pack disks do on real
 * systems. Every other pair of extents on one volume must be disjoint.
 */
public final class DirectoryValidator {

    private final Directory directory;
    private final VolumeSet volumes;
    private final ToIntFunction<Object> lineOf;
    private final Set<DirectoryError> errors = new LinkedHashSet<>();
    private final Map<String, List<Placed>> extentsByVolume = new HashMap<>();

    /** A minidisk's extent with its owner, for the overlap check and the DIRMAP listing. */
    public record Placed(UserEntry owner, EntryStatement.Minidisk minidisk, Extent extent) {
    }

    private DirectoryValidator(Directory directory, VolumeSet volumes, ToIntFunction<Object> lineOf) {
        this.directory = directory;
        this.volumes = volumes;
        this.lineOf = lineOf;
    }

    /** Every error in {@code directory}, in line order; {@code lineOf} gives each object's source line (0 if none). */
    public static List<DirectoryError> validate(Directory directory, VolumeSet volumes, ToIntFunction<Object> lineOf) {
        DirectoryValidator validator = new DirectoryValidator(directory, volumes, lineOf);
        validator.run();
        List<DirectoryError> sorted = new ArrayList<>(validator.errors);
        sorted.sort(Comparator.comparingInt(DirectoryError::line));
        return sorted;
    }

    /** The extents of every minidisk whose volume is configured, by volume serial, sorted by start. */
    public static Map<String, List<Placed>> extents(Directory directory, VolumeSet volumes) {
        DirectoryValidator validator = new DirectoryValidator(directory, volumes, object -> 0);
        validator.run();
        return validator.extentsByVolume;
    }

    private void run() {
        directory.residence().ifPresent(residence -> {
            if (volumes.volume(residence.volser()).isEmpty()) {
                error(residence, DirectoryErrorKind.UNKNOWN_VOLUME, residence.volser());
            }
        });
        for (UserEntry user : directory.users()) {
            user(user);
        }
        extentsByVolume.values().forEach(this::overlaps);
    }

    private void user(UserEntry user) {
        if (user.include().isPresent() && directory.profile(user.include().get()).isEmpty()) {
            error(user.include(), DirectoryErrorKind.UNKNOWN_PROFILE, user.include().get());
        }
        if (user.storage() > user.maxStorage()) {
            error(user, DirectoryErrorKind.STORAGE_EXCEEDS_MAXIMUM,
                    UserEntry.formatStorage(user.storage()) + " > " + UserEntry.formatStorage(user.maxStorage()));
        }
        Set<Integer> addresses = new HashSet<>();
        for (EntryStatement statement : directory.statements(user)) {
            if (statement instanceof EntryStatement.Device device && !addresses.add(device.vaddr())) {
                error(device, DirectoryErrorKind.DUPLICATE_ADDRESS, user.userid() + " "
                        + DeviceAddress.format(device.vaddr()));
            }
            if (statement instanceof EntryStatement.Minidisk disk) {
                minidisk(user, disk);
            } else if (statement instanceof EntryStatement.Link link) {
                link(user, link);
            } else if (statement instanceof EntryStatement.LogonBy logonBy) {
                logonBy.userids().stream().filter(by -> directory.user(by).isEmpty())
                        .forEach(by -> error(logonBy, DirectoryErrorKind.LOGONBY_UNKNOWN_USER, by));
            }
        }
    }

    private void minidisk(UserEntry user, EntryStatement.Minidisk disk) {
        Optional<Volume> volume = volumes.volume(disk.volser());
        if (volume.isEmpty()) {
            error(disk, DirectoryErrorKind.UNKNOWN_VOLUME, disk.volser());
            return;
        }
        boolean anyFixedBlock = disk.typeName().equals("FB-512") && volume.get().type().kind() == DasdGeometry.Kind.FBA;
        if (volume.get().type() != disk.deviceType() && !anyFixedBlock) {
            error(disk, DirectoryErrorKind.DEVICE_TYPE_MISMATCH, disk.typeName() + " ON " + disk.volser()
                    + " (" + volume.get().type().typeName() + ")");
            return;
        }
        Extent extent = disk.extent(volume.get());
        if (extent.last() >= volume.get().size() || extent.first() > extent.last()) {
            error(disk, DirectoryErrorKind.PAST_END_OF_VOLUME, disk.volser() + " HAS " + volume.get().size());
            return;
        }
        extentsByVolume.computeIfAbsent(disk.volser(), v -> new ArrayList<>()).add(new Placed(user, disk, extent));
    }

    private void link(UserEntry user, EntryStatement.Link link) {
        String ownerId = link.owner().equals("*") ? user.userid() : link.owner();
        Optional<UserEntry> owner = directory.user(ownerId);
        if (owner.isEmpty()) {
            error(link, DirectoryErrorKind.LINK_UNKNOWN_USER, ownerId);
        } else if (directory.minidisk(owner.get(), link.targetAddress()).isEmpty()) {
            error(link, DirectoryErrorKind.LINK_UNKNOWN_DEVICE, ownerId + " "
                    + DeviceAddress.format(link.targetAddress()));
        }
    }

    private void overlaps(List<Placed> placed) {
        placed.sort(Comparator.comparingInt((Placed p) -> p.extent().first()).thenComparingInt(p -> p.extent().last()));
        Placed reach = null;
        for (Placed next : placed) {
            if (next.extent().fullPack()) {
                continue;
            }
            if (reach != null && next.extent().first() <= reach.extent().last()) {
                Placed later = lineOf.applyAsInt(next.minidisk()) >= lineOf.applyAsInt(reach.minidisk()) ? next : reach;
                Placed other = later == next ? reach : next;
                error(later.minidisk(), DirectoryErrorKind.OVERLAP, describe(later) + " OVERLAPS " + describe(other)
                        + " ON " + next.extent().volume().volser());
            }
            if (reach == null || next.extent().last() > reach.extent().last()) {
                reach = next;
            }
        }
    }

    private static String describe(Placed placed) {
        return placed.owner().userid() + " " + DeviceAddress.format(placed.minidisk().vaddr());
    }

    private void error(Object source, DirectoryErrorKind kind, String detail) {
        errors.add(new DirectoryError(lineOf.applyAsInt(source), kind, detail));
    }
}
