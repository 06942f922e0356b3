package vm370.cms.nucleus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsResult;

/**
 * The accessed disks, A to Z, and the search order over them (alphabetical, an extension right
 * after the disk it extends). ACCESS and RELEASE with their messages live here.
 * @vm370 DMSACC, DMSARE, DMSLAD
 */
public final class Disks {

    /** A file found in the search order, with the disk it is on. */
    public record Found(AccessedDisk disk, FileStatus file) {
    }

    private final CmsSession cms;
    private final Minidisks minidisks;
    private final TreeMap<Character, AccessedDisk> byMode = new TreeMap<>();

    Disks(CmsSession cms, Minidisks minidisks) {
        this.cms = cms;
        this.minidisks = minidisks;
    }

    Minidisks minidisks() {
        return minidisks;
    }

    public Optional<AccessedDisk> get(char mode) {
        return Optional.ofNullable(byMode.get(Character.toUpperCase(mode)));
    }

    /** The disk at a virtual address, if it is accessed. */
    public Optional<AccessedDisk> at(int address) {
        return byMode.values().stream().filter(d -> d.address() == address).findFirst();
    }

    /** The disks in search order. */
    public List<AccessedDisk> searchOrder() {
        List<AccessedDisk> order = new ArrayList<>();
        for (AccessedDisk d : byMode.values()) {
            if (d.parent() == ' ' || !byMode.containsKey(d.parent())) {
                order.add(d);
                for (AccessedDisk e : byMode.values()) {
                    if (e.parent() == d.mode()) {
                        order.add(e);
                    }
                }
            }
        }
        return order;
    }

    /**
     * Finds a file: {@code mode} "*" searches every disk in order, a letter (with or without a
     * number) that disk and its extensions.
     */
    public Optional<Found> find(String fileName, String fileType, String mode) {
        for (AccessedDisk d : searchOrder()) {
            if (mode.equals("*") || d.mode() == mode.charAt(0) || d.parent() == mode.charAt(0)) {
                Optional<FileStatus> f = d.state(fileName, fileType);
                if (f.isPresent() && (mode.length() < 2 || mode.charAt(1) == '*'
                        || f.get().modeNumber() == mode.charAt(1) - '0')) {
                    return Optional.of(new Found(d, f.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Puts a disk at a mode letter, releasing what was there (and the same disk elsewhere). */
    void put(AccessedDisk disk, boolean tell) {
        AccessedDisk old = byMode.get(disk.mode());
        if (old != null) {
            if (tell && old.address() != disk.address()) {
                cms.console().message(String.format("DMSACC724I '%s' REPLACES ' %c (%s) '", disk.cuu(), old.mode(),
                        old.cuu()));
            }
            if (old.device() != disk.device()) {
                close(old);
            }
        }
        for (AccessedDisk other : List.copyOf(byMode.values())) {
            if (other.address() == disk.address() && other.mode() != disk.mode()) {
                if (!other.readOnly() || !disk.readOnly()) {
                    if (tell) {
                        cms.console().message(String.format("DMSACC726I '%s %c' RELEASED", other.cuu(), other.mode()));
                    }
                    byMode.remove(other.mode());
                } else if (tell) {
                    cms.console().message(String.format("DMSACC725I %s ALSO = %c DISK", disk.cuu(), other.mode()));
                }
            }
        }
        byMode.put(disk.mode(), disk);
    }

    /**
     * ACCESS cuu mode[/parent] [fn [ft]]: rc 0, or the error code after its message. A read-only
     * disk (or an extension) gets {@code DMSACC723I m (cuu) R/O} when {@code tell}.
     */
    int access(int address, char mode, char parent, FilePattern filter, boolean tell) {
        String cuu = String.format("%03X", address);
        Minidisks.Probe probe = minidisks.probe(address);
        if (!(probe instanceof Minidisks.Probe.Dasd dasd)) {
            cms.console().message(String.format("DMSACC113S %c (%s) NOT ATTACHED", mode, cuu));
            return 100;
        }
        DiagnoseBlockDevice device = sameDevice(address);
        if (device == null) {
            device = minidisks.open(address, dasd);
        }
        if (device == null) {
            cms.console().message(String.format("DMSACC112S %c (%s) DEVICE ERROR", mode, cuu));
            return 100;
        }
        boolean readOnly = parent != ' ';
        FsResult<CmsDisk> accessed = CmsDisk.access(device, mode, readOnly, cms.clock());
        if (!(accessed instanceof FsResult.Done<CmsDisk>(CmsDisk disk))) {
            cms.console().message(String.format("DMSACC112S %c (%s) DEVICE ERROR", mode, cuu));
            return 100;
        }
        put(new AccessedDisk(mode, address, device, disk, parent, filter), tell);
        if (tell && disk.readOnly()) {
            cms.console().message(String.format("DMSACC723I %c (%s) R/O", mode, cuu));
        }
        return 0;
    }

    private DiagnoseBlockDevice sameDevice(int address) {
        return at(address).map(d -> (DiagnoseBlockDevice) d.device()).orElse(null);
    }

    /** RELEASE: the disk leaves the search order; its writes are flushed. False when nothing is at the mode. */
    boolean release(char mode) {
        AccessedDisk disk = byMode.remove(Character.toUpperCase(mode));
        if (disk == null) {
            return false;
        }
        close(disk);
        return true;
    }

    /** Ends a disk's use unless another mode letter still uses the same device. */
    private void close(AccessedDisk disk) {
        boolean shared = byMode.values().stream().anyMatch(d -> d != disk && d.device() == disk.device());
        if (!shared) {
            try {
                disk.device().close();
            } catch (IOException e) {
                cms.console().message(String.format("DMSARE120S ERROR RELEASING DISK %c (%s)", disk.mode(),
                        disk.cuu()));
            }
        }
    }

    /** Flushes every disk's waiting writes (at the end of each command). */
    void flush() {
        for (AccessedDisk d : byMode.values()) {
            try {
                d.device().flush();
            } catch (IOException e) {
                cms.console().message(String.format("DMSDIO104S ERROR WRITING DISK %c (%s)", d.mode(), d.cuu()));
            }
        }
    }
}
