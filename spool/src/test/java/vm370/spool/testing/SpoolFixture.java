package vm370.spool.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import vm370.s370.text.Ebcdic;
import vm370.spool.command.CommandResult;
import vm370.spool.command.SpoolCommands;
import vm370.spool.command.SpoolSession;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.ConsoleSpool;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.UnitRecordDevices;
import vm370.spool.device.VirtualPrinter;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.SpoolStore;
import vm370.spool.host.RealDevices;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.queue.SpoolManager;

/**
 * A real spool on disk for tests: H2 in a temporary folder, a fixed clock (21 Nov 2026 09:30:15 UTC),
 * a directory of known users, and per-user devices at 00C (reader), 00D (punch), 00E (printer).
 */
public final class SpoolFixture implements AutoCloseable {

    /** The users the test directory knows. */
    public static final Set<String> USERS = Set.of("CMSUSER", "MAINT", "OPERATOR", "RSCS", "ALICE", "BOB");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:15Z"), ZoneOffset.UTC);

    private final Path folder;
    private final SpoolLimits limits;
    private SpoolStore store;
    private SpoolManager manager;
    private SpoolCommands commands;
    private final RealDevices realDevices = new RealDevices();

    public SpoolFixture(Path folder) {
        this(folder, SpoolLimits.NONE);
    }

    public SpoolFixture(Path folder, SpoolLimits limits) {
        this.folder = folder;
        this.limits = limits;
        open();
    }

    private void open() {
        store = SpoolStore.open(folder.resolve("spool"));
        manager = new SpoolManager(store, CLOCK, limits);
        commands = new SpoolCommands(manager, USERS::contains, realDevices, () -> { });
    }

    /** Closes the database and opens it again: a warm start. */
    public void restart() {
        store.close();
        open();
    }

    public SpoolManager manager() {
        return manager;
    }

    public SpoolCommands commands() {
        return commands;
    }

    public RealDevices realDevices() {
        return realDevices;
    }

    /** A logged-on user's devices: console 009 (its spool), reader 00C, punch 00D, printer 00E. */
    public Session logon(String userid, boolean operator) {
        UnitRecordDevices devices = new UnitRecordDevices(userid);
        ConsoleSpool console = new ConsoleSpool(0x009, userid, manager);
        VirtualReader reader = new VirtualReader(0x00C, userid, manager);
        VirtualPunch punch = new VirtualPunch(0x00D, userid, manager);
        VirtualPrinter printer = new VirtualPrinter(0x00E, userid, manager);
        devices.add(console);
        devices.add(reader);
        devices.add(punch);
        devices.add(printer);
        return new Session(new SpoolSession(userid, operator, devices), console, reader, punch, printer);
    }

    /** One user's session and devices. */
    public final class Session {
        public final SpoolSession session;
        public final ConsoleSpool console;
        public final VirtualReader reader;
        public final VirtualPunch punch;
        public final VirtualPrinter printer;

        Session(SpoolSession session, ConsoleSpool console, VirtualReader reader, VirtualPunch punch,
                VirtualPrinter printer) {
            this.session = session;
            this.console = console;
            this.reader = reader;
            this.punch = punch;
            this.printer = printer;
        }

        /** Runs a command line such as {@code "SPOOL PUNCH TO ALICE"}; the first word is the verb. */
        public CommandResult run(String line) {
            String[] parts = line.split(" ", 2);
            SpoolCommands.Verb verb = SpoolCommands.Verb.parse(parts[0]);
            if (verb == null) {
                throw new IllegalArgumentException("not a spool command: " + line);
            }
            return commands.execute(session, verb, parts.length > 1 ? parts[1] : "");
        }

        /** Punches cards (text, blank-padded EBCDIC) and closes the punch; returns the CLOSE result. */
        public CloseResult punchDeck(String... cards) {
            for (String card : cards) {
                punch.write(UnitRecordCommand.PUNCH_STACKER_1, card(card));
            }
            return punch.close(CloseOptions.PLAIN);
        }
    }

    /** A card of text, 80 EBCDIC bytes. */
    public static byte[] card(String text) {
        return Ebcdic.CP037.encodePadded(text, 80);
    }

    /** The text of EBCDIC bytes, trailing blanks removed. */
    public static String text(byte[] data, int length) {
        return Ebcdic.CP037.decode(Arrays.copyOf(data, length)).stripTrailing();
    }

    @Override
    public void close() {
        store.close();
    }
}
