package vm370.cms.nucleus;

import java.util.Locale;
import java.util.function.Consumer;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;

/**
 * CMS as a named system: {@code IPL CMS [PARM AUTOCR|BATCH]}. IPL writes the version line, accesses
 * 190 as S, 191 as A and 19E as Y (an extension of S) when they are there, runs PROFILE EXEC, then
 * reads commands from the terminal and answers each with the ready message.
 * @vm370 DMSINI, DMSINS
 */
public final class Cms implements GuestSystem {

    /** The version line: the nucleus's level and when it was IPLed. */
    static final String VERSION = "CMS VERSION 6.0";

    private final Consumer<CommandTable> extensions;
    private final BatchMonitor batch;

    /** CMS with the standard command table and no batch monitor. */
    public Cms() {
        this(table -> { }, null);
    }

    /**
     * CMS whose command table {@code extensions} may add to, and which runs {@code batch} (when not
     * null) after an IPL with PARM BATCH.
     */
    public Cms(Consumer<CommandTable> extensions, BatchMonitor batch) {
        this.extensions = extensions;
        this.batch = batch;
    }

    @Override
    public String name() {
        return "CMS";
    }

    @Override
    public void run(GuestMachine machine, String parm) {
        CommandTable table = StandardCommands.table();
        extensions.accept(table);
        CmsSession cms = new CmsSession(machine, table);
        String options = parm == null ? "" : parm.toUpperCase(Locale.ROOT);
        initialize(cms);
        if (options.contains("BATCH")) {
            if (batch != null) {
                batch.run(cms);
                return;
            }
            cms.console().message("DMSINI615E BATCH MONITOR NOT AVAILABLE; CMS CONTINUES INTERACTIVELY");
        }
        new CommandLoop(cms, options.contains("AUTOCR")).run();
    }

    private static void initialize(CmsSession cms) {
        GuestClock clock = cms.guestClock();
        java.time.LocalDateTime now = clock.now();
        cms.console().line(String.format("%s - %02d/%02d/%02d %02d:%02d", VERSION, now.getMonthValue(),
                now.getDayOfMonth(), now.getYear() % 100, now.getHour(), now.getMinute()));
        Disks disks = cms.disks();
        Supervisor supervisor = cms.supervisor();
        if (supervisor.deviceType(0x190) != -1) {
            disks.access(0x190, 'S', ' ', null, false);
        }
        if (supervisor.deviceType(0x191) != -1 && disks.access(0x191, 'A', ' ', null, false) == 0) {
            AccessedDisk a = disks.get('A').orElseThrow();
            cms.console().message(String.format("DMSACC723I A (191) %s", a.readOnly() ? "R/O" : "R/W"));
        }
        if (supervisor.deviceType(0x19E) != -1 && disks.access(0x19E, 'Y', 'S', null, false) == 0) {
            cms.console().message("DMSACC723I Y (19E) R/O");
        }
        cms.commandEnded();
    }
}
