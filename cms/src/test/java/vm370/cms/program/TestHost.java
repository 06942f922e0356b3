package vm370.cms.program;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cp.guest.GuestMachine;

/**
 * A ProgramHost for unit tests: real CMS disks in memory (A read/write, S read-only with CMSLIB),
 * a console that records lines and answers reads from a queue, unit record into lists, and a
 * command processor that knows the program commands, MODULEs and a few stand-ins.
 */
final class TestHost implements ProgramHost {

    final GuestMachine machine;
    final List<String> typed = new ArrayList<>();
    final Deque<String> input = new ArrayDeque<>();
    final List<byte[]> printed = new ArrayList<>();
    final List<byte[]> punched = new ArrayList<>();
    final Deque<byte[]> reader = new ArrayDeque<>();
    final List<String> commands = new ArrayList<>();
    final CmsDisk aDisk;
    final CmsDisk sDisk;
    final UserPrograms programs;
    /** Polls while programs ran; at {@link #haltAtPoll} the user "types HX". */
    int polls;
    int haltAtPoll = Integer.MAX_VALUE;

    /** What HX throws in this host. */
    static final class Halted extends RuntimeException {
        Halted() {
            super("HX", null, false, false);
        }
    }

    TestHost(GuestMachine machine) {
        this.machine = machine;
        aDisk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.CKD, 1024, 2000), "USR191", 0, 'A', Clock.systemUTC())
                .orElseThrow();
        MemoryBlockDevice system = new MemoryBlockDevice(DiskLayout.CKD, 1024, 2000);
        CmsDisk formatted = CmsDisk.format(system, "SYS190", 0, 'S', Clock.systemUTC()).orElseThrow();
        SystemLibraries.install(formatted);
        sDisk = ((FsResult.Done<CmsDisk>) CmsDisk.access(system, 'S', true, Clock.systemUTC())).value();
        programs = new UserPrograms(this);
    }

    static TestHost withBareMachine() {
        return new TestHost(new BareMachine(1 << 20));
    }

    @Override
    public GuestMachine machine() {
        return machine;
    }

    @Override
    public void type(String line) {
        typed.add(line);
    }

    @Override
    public String read() {
        return input.isEmpty() ? "" : input.removeFirst();
    }

    @Override
    public void poll() {
        if (++polls >= haltAtPoll) {
            throw new Halted();
        }
    }

    @Override
    public void stack(String line, boolean fifo) {
        if (fifo) {
            input.addLast(line);
        } else {
            input.addFirst(line);
        }
    }

    @Override
    public List<CmsDisk> searchOrder() {
        return List.of(aDisk, sDisk);
    }

    /** The command processor's search order, cut short: program commands, then MODULEs, then a LISTFILE stand-in. */
    @Override
    public int command(String line) {
        commands.add(line);
        String[] parts = line.strip().split("\\s+", 2);
        String name = parts[0].toUpperCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        Optional<Integer> rc = programs.command(name, rest);
        if (rc.isEmpty()) {
            rc = programs.runModule(name, rest);
        }
        if (rc.isEmpty() && name.equals("LISTFILE")) {
            String[] p = (rest + " * *").trim().split("\\s+");
            aDisk.list(vm370.cms.fs.FilePattern.of(p[0], p[1]))
                    .forEach(f -> type(String.format("%-8s %-8s %c%d", f.fileName(), f.fileType(), 'A', f.modeNumber())));
            rc = Optional.of(0);
        }
        if (rc.isEmpty()) {
            type("Unknown CP/CMS command");
            return -3;
        }
        return rc.get();
    }

    @Override
    public int print(byte[] line, boolean asa) {
        printed.add(line);
        return 0;
    }

    @Override
    public int punch(byte[] card) {
        punched.add(card);
        return 0;
    }

    @Override
    public Optional<byte[]> readCard() {
        return Optional.ofNullable(reader.pollFirst());
    }

    /** Writes a source file on the A-disk, one line a record, RECFM F 80. */
    void writeFile(String fileName, String fileType, List<String> lines) {
        CmsFiles.write(aDisk, vm370.cms.fs.FileId.of(fileName, fileType), vm370.cms.fs.RecordFormat.F, 80,
                Library.cards(lines));
    }

    /** The records of a file on the A-disk as text. */
    List<String> fileLines(String fileName, String fileType) {
        CmsFiles.Located f = new CmsFiles(this).find(fileName, fileType, "A").orElseThrow();
        return new CmsFiles(this).records(f).orElseThrow().stream()
                .map(r -> vm370.s370.text.Ebcdic.CP037.decode(r).stripTrailing()).toList();
    }
}
