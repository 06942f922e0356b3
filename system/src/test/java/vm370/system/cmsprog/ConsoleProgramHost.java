package vm370.system.cmsprog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FilePattern;
import vm370.cms.program.ProgramHost;
import vm370.cms.program.UserPrograms;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * A small CMS stand-in for tests until the nucleus lands: the virtual console through channel
 * programs (3215 write X'09', read X'0A') in the machine's storage, CMS disks given to it, the
 * program commands and MODULEs by name, LISTFILE, and the ready message after each command.
 */
final class ConsoleProgramHost implements ProgramHost {

    private static final int CCW = 0x1000;
    private static final int BUFFER = 0x1100;
    private static final int CONSOLE = 0x009;

    private final GuestMachine machine;
    private final List<CmsDisk> disks;
    private final java.util.Deque<String> stacked = new java.util.ArrayDeque<>();
    private UserPrograms programs;

    ConsoleProgramHost(GuestMachine machine, List<CmsDisk> disks) {
        this.machine = machine;
        this.disks = disks;
    }

    /** Reads commands and runs them until LOGOFF ends the machine. */
    void commandLoop() {
        programs = new UserPrograms(this);
        type("CMS TEST HOST");
        while (true) {
            int rc = command(read());
            type(rc == 0 ? "Ready;" : String.format(Locale.ROOT, "Ready(%05d);", rc));
        }
    }

    @Override
    public GuestMachine machine() {
        return machine;
    }

    @Override
    public void type(String line) {
        byte[] data = Ebcdic.CP037.encode(line.isEmpty() ? " " : line);
        machine.write(BUFFER, data, 0, data.length);
        machine.write(CCW, ccw(0x09, data.length), 0, 8);
        machine.startIo(CONSOLE, CCW);
        machine.awaitStatus(CONSOLE);
    }

    /** This stand-in has no immediate commands: a program runs until it ends. */
    @Override
    public void poll() {
    }

    @Override
    public void stack(String line, boolean fifo) {
        if (fifo) {
            stacked.addLast(line);
        } else {
            stacked.addFirst(line);
        }
    }

    @Override
    public String read() {
        if (!stacked.isEmpty()) {
            return stacked.removeFirst();
        }
        machine.write(CCW, ccw(0x0A, 130), 0, 8);
        while (machine.startIo(CONSOLE, CCW) == 1) {
            Thread.onSpinWait();
        }
        machine.awaitStatus(CONSOLE);
        byte[] csw = new byte[8];
        machine.read(64, csw, 0, 8);
        int residual = (csw[6] & 0xFF) << 8 | csw[7] & 0xFF;
        byte[] data = new byte[130 - residual];
        machine.read(BUFFER, data, 0, data.length);
        return Ebcdic.CP037.decode(data);
    }

    @Override
    public List<CmsDisk> searchOrder() {
        return disks;
    }

    @Override
    public int command(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String name = parts[0].toUpperCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        Optional<Integer> rc = programs.command(name, rest);
        if (rc.isEmpty()) {
            rc = programs.runModule(name, rest);
        }
        if (rc.isEmpty() && name.equals("LISTFILE")) {
            String[] p = (rest + " * *").trim().split("\\s+");
            for (CmsDisk disk : disks) {
                disk.list(FilePattern.of(p[0], p[1])).forEach(f -> type(String.format(Locale.ROOT, "%-8s %-8s %c%d",
                        f.fileName(), f.fileType(), disk.modeLetter(), f.modeNumber())));
            }
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
        return 0;
    }

    @Override
    public int punch(byte[] card) {
        return 0;
    }

    @Override
    public Optional<byte[]> readCard() {
        return Optional.empty();
    }

    private static byte[] ccw(int command, int count) {
        return new byte[] {(byte) command, (byte) (BUFFER >>> 16), (byte) (BUFFER >>> 8), (byte) BUFFER, 0x20, 0,
            (byte) (count >>> 8), (byte) count};
    }
}
