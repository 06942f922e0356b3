package vm370.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.directory.model.Directory;
import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.UserEntry;
import vm370.directory.model.VolumeSet;

/** Resolves a user's MDISK and LINK statements to real extents, as CP does when it builds a virtual machine. */
final class DiskResolver {

    private DiskResolver() {
    }

    static List<ResolvedDisk> disks(Directory directory, VolumeSet volumes, String userid) {
        Optional<UserEntry> user = directory.user(userid);
        if (user.isEmpty()) {
            return List.of();
        }
        List<ResolvedDisk> disks = new ArrayList<>();
        for (EntryStatement statement : directory.statements(user.get())) {
            if (statement instanceof EntryStatement.Minidisk disk) {
                resolve(volumes, userid, disk, disk.vaddr(), disk.mode(), false).ifPresent(disks::add);
            } else if (statement instanceof EntryStatement.Link link) {
                String owner = link.owner().equals("*") ? userid : link.owner();
                directory.user(owner).flatMap(entry -> directory.minidisk(entry, link.targetAddress()))
                        .flatMap(disk -> resolve(volumes, owner, disk, link.vaddr(), link.mode(), true))
                        .ifPresent(disks::add);
            }
        }
        return disks;
    }

    private static Optional<ResolvedDisk> resolve(VolumeSet volumes, String owner, EntryStatement.Minidisk disk,
                                                  int vaddr, DiskMode mode, boolean linked) {
        return volumes.volume(disk.volser()).map(volume ->
                new ResolvedDisk(vaddr, owner, disk.vaddr(), disk, disk.extent(volume), mode, linked));
    }
}
