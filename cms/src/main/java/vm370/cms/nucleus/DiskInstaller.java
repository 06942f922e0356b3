package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FsCode;
import vm370.cms.program.CmsFiles;
import vm370.cms.program.InstallFile;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;

/**
 * An installation as a small guest system ({@code IPL CMSINST}, in the system programmer's machine):
 * with CMS's own nucleus it LINKs each disk of its plan (DIAGNOSE 08), FORMATs it with the FORMAT
 * command, the 603R/605R dialogue answered from the program stack as an EXEC would, when it holds no
 * CMS file system, and writes the plan's files the disk lacks. A formatted disk keeps its files.
 */
public final class DiskInstaller implements GuestSystem {

    public static final String NAME = "CMSINST";
    /** The mode letter each disk is accessed at while it is prepared. */
    private static final char WORK_MODE = 'B';
    /** The first virtual address tried for another user's disk (linked there, detached after). */
    private static final int FIRST_LINK_ADDRESS = 0xF00;

    /** A disk to prepare: whose, at which of the owner's addresses, the label FORMAT gives it, its files. */
    public record Disk(String owner, int address, String label, List<InstallFile> files) {
        public Disk {
            owner = owner.toUpperCase(Locale.ROOT);
            files = List.copyOf(files);
        }
    }

    /** What became of one disk. */
    public sealed interface Outcome {
        Disk disk();

        /** Ready: FORMATted now (or found formatted), with {@code added} files written. */
        record Ready(Disk disk, boolean formatted, int added) implements Outcome { }

        /** Not ready: CP's or CMS's message says why. */
        record Failed(Disk disk, String message) implements Outcome { }
    }

    private final List<Disk> plan;
    private final CompletableFuture<List<Outcome>> done = new CompletableFuture<>();

    public DiskInstaller(List<Disk> plan) {
        this.plan = List.copyOf(plan);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Completes with one outcome per disk of the plan, in its order, once every disk is released. */
    public CompletableFuture<List<Outcome>> done() {
        return done;
    }

    @Override
    public void run(GuestMachine machine, String parm) {
        CmsSession cms = new CmsSession(machine, StandardCommands.table());
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Disk disk : plan) {
                outcomes.add(prepare(cms, disk));
            }
        } finally {
            // A guest ended by LOGOFF still tells its waiter what it got done.
            done.complete(List.copyOf(outcomes));
        }
    }

    private static Outcome prepare(CmsSession cms, Disk disk) {
        boolean own = disk.owner().equals(cms.userId());
        int address = own ? disk.address() : freeAddress(cms);
        if (!own) {
            CpResponse link = cms.cp(String.format("LINK %s %03X %03X W", disk.owner(), disk.address(), address));
            if (link.returnCode() != 0) {
                return new Outcome.Failed(disk, String.join(" ", link.lines()));
            }
        }
        try {
            return formatAndFill(cms, disk, address);
        } finally {
            cms.disks().flush();
            cms.disks().release(WORK_MODE);
            if (!own) {
                cms.cp(String.format("DETACH %03X", address));
            }
        }
    }

    private static Outcome formatAndFill(CmsSession cms, Disk disk, int address) {
        String cuu = String.format("%03X", address);
        boolean formatted = false;
        if (cms.disks().access(address, WORK_MODE, ' ', null, false) != 0) {
            // MAKEBUF/DROPBUF: what FORMAT did not read must not answer anything later.
            int buffer = cms.stack().makeBuffer();
            cms.stack().queue("YES");
            cms.stack().queue(disk.label());
            int rc = cms.execute("FORMAT " + cuu + " " + WORK_MODE);
            cms.stack().dropBuffer(buffer);
            if (rc != 0 || cms.disks().get(WORK_MODE).isEmpty()) {
                return new Outcome.Failed(disk, "FORMAT " + cuu + " ENDED WITH RC " + rc);
            }
            formatted = true;
        }
        CmsDisk target = cms.disks().get(WORK_MODE).orElseThrow().disk();
        int added = 0;
        for (InstallFile file : disk.files()) {
            if (target.state(file.id().fileName(), file.id().fileType()).isEmpty()) {
                FsCode code = CmsFiles.write(target, file.id(), file.format(), file.lrecl(), file.records());
                if (code != FsCode.OK) {
                    return new Outcome.Failed(disk, file.id() + " NOT WRITTEN: " + code);
                }
                added++;
            }
        }
        return new Outcome.Ready(disk, formatted, added);
    }

    /** The first address from X'F00' at which the machine has no device. */
    private static int freeAddress(CmsSession cms) {
        int address = FIRST_LINK_ADDRESS;
        while (cms.supervisor().deviceType(address) != -1) {
            address++;
        }
        return address;
    }
}
