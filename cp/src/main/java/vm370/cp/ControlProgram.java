package vm370.cp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommands;
import vm370.cp.config.SystemConfig;
import vm370.cp.dispatch.Dispatcher;
import vm370.cp.guest.GuestSystem;
import vm370.cp.paging.FramePool;
import vm370.cp.paging.PagingFile;
import vm370.cp.privileged.DiagnoseSimulator;
import vm370.cp.security.AccountingFile;
import vm370.cp.vio.MinidiskLinks;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vio.SpooledWriter;
import vm370.cp.vio.TemporaryDisks;
import vm370.cp.vio.Volumes;
import vm370.cp.vm.NamedSystems;
import vm370.cp.vm.SpecialMessages;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.ResolvedDisk;
import vm370.directory.UserDirectory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Extent;
import vm370.directory.model.UserEntry;
import vm370.s370.ipl.InitialProgramLoad;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.Clock;
import vm370.s370.time.TodClock;
import vm370.spool.SpoolSystem;
import vm370.spool.device.ConsoleSpool;
import vm370.spool.device.UnitRecordDevices;
import vm370.spool.device.VirtualPrinter;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;

/**
 * The Control Program of one real machine: its configuration, the real storage and processors it
 * shares out, the directory it logs users on from, the spool, and the virtual machines running.
 * The launcher builds it from its parts and IPLs it; everything CP does goes through here.
 */
public final class ControlProgram implements AutoCloseable {

    /** The time slice a machine keeps a real processor while others wait. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final SystemConfig config;
    private final Clock clock;
    private final TodClock tod;
    private final UserDirectory directory;
    private final SpoolSystem spool;
    private final NamedSystems namedSystems;
    private final PagingFile pagingFile;
    private final Volumes volumes;
    private final MinidiskLinks links = new MinidiskLinks();
    private final FramePool framePool;
    private final Dispatcher dispatcher;
    private static final System.Logger LOG = System.getLogger(ControlProgram.class.getName());

    private final Map<String, VirtualMachine> machines = new ConcurrentHashMap<>();
    /** Users whose LOGOFF has begun but whose machine is still giving back its devices and links. */
    private final Map<String, CompletableFuture<Void>> loggingOff = new ConcurrentHashMap<>();
    private final Map<String, UnitRecordDevices> unitRecord = new ConcurrentHashMap<>();
    /** Each logged-on user's minidisks (virtual address to real extent), to let go of at logoff. */
    private final Map<String, Map<Integer, Extent>> minidisks = new ConcurrentHashMap<>();
    private final VirtualDevices virtualDevices;
    private final NamedSegments namedSegments = new NamedSegments();
    private volatile CpCommands commands;
    /** Where accounting records (DIAGNOSE X'4C') go: nowhere until {@link #useAccounting} names the file. */
    private volatile Consumer<AccountingFile.Entry> accounting = entry -> { };
    /** The log message shown at logon: the configuration's, until SET LOGMSG changes it. */
    private volatile List<String> logonMessage;
    private int nextCpuId = 1;

    public ControlProgram(SystemConfig config, Clock clock, UserDirectory directory, SpoolSystem spool,
                          NamedSystems namedSystems, PagingFile pagingFile, Volumes volumes) {
        this.config = config;
        this.clock = clock;
        this.tod = new TodClock(clock);
        this.directory = directory;
        this.spool = spool;
        this.namedSystems = namedSystems;
        this.pagingFile = pagingFile;
        this.volumes = volumes;
        this.framePool = new FramePool(config.realStorage(), pagingFile);
        this.dispatcher = new Dispatcher(config.processors(), SLICE_NANOS, framePool.capacity());
        this.commands = (machine, line) -> CommandResponse.unknown(line.split("\\s+", 2)[0]);
        this.logonMessage = config.logonMessage();
        spool.manager().onArrival(this::readerFileArrived);
        this.virtualDevices = new VirtualDevices(new TemporaryDisks(config.temporaryDiskVolumes().stream()
                .map(volser -> config.volumes().volume(volser).orElseThrow()).toList()), volumes, this::machine);
    }

    public SystemConfig config() {
        return config;
    }

    /** The log message lines users see at logon (QUERY LOGMSG). */
    public List<String> logonMessage() {
        return logonMessage;
    }

    /** SET LOGMSG: the operator's new log message. */
    public void setLogonMessage(List<String> lines) {
        this.logonMessage = List.copyOf(lines);
    }

    public UserDirectory directory() {
        return directory;
    }

    public SpoolSystem spool() {
        return spool;
    }

    public Clock clock() {
        return clock;
    }

    /** The user's minidisks now (own and linked), virtual address to real extent. */
    public Map<Integer, Extent> minidisks(String userid) {
        return Map.copyOf(minidisks.getOrDefault(userid.toUpperCase(Locale.ROOT), Map.of()));
    }

    /**
     * Gives a machine a minidisk at {@code vaddr} that {@link MinidiskLinks} already granted (LINK);
     * on the machine's thread. Fails, letting go of the grant, when the volume is not mounted.
     */
    public void attachMinidisk(VirtualMachine machine, int vaddr, Extent extent, boolean readOnly) throws IOException {
        try {
            machine.attach(vaddr, volumes.minidisk(extent, readOnly));
        } catch (IOException e) {
            links.unlink(machine.userid(), vaddr, extent);
            throw e;
        }
        minidisks.computeIfAbsent(machine.userid(), k -> new ConcurrentHashMap<>()).put(vaddr, extent);
    }

    /** Takes a minidisk away from a machine (DETACH); false when {@code vaddr} is not one. On the machine's thread. */
    public boolean detachMinidisk(VirtualMachine machine, int vaddr) {
        Extent extent = minidisks.getOrDefault(machine.userid(), Map.of()).remove(vaddr);
        if (extent == null) {
            return false;
        }
        machine.detach(vaddr);
        links.unlink(machine.userid(), vaddr, extent);
        return true;
    }

    /** Gives a machine one more spooled reader, punch or printer (DEFINE); on the machine's thread. */
    public void defineUnitRecord(VirtualMachine machine, EntryStatement.Spool device) {
        attachSpooled(machine, unitRecord.computeIfAbsent(machine.userid(), UnitRecordDevices::new), device);
    }

    public MinidiskLinks links() {
        return links;
    }

    public FramePool framePool() {
        return framePool;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public NamedSystems namedSystems() {
        return namedSystems;
    }

    /** The T-disk space: what DEFINE T3350 and friends take from and DETACH gives back. */
    public TemporaryDisks temporaryDisks() {
        return virtualDevices.temporaryDisks();
    }

    /** The saved segments DIAGNOSE 64 loads; the launcher registers them. */
    public NamedSegments namedSegments() {
        return namedSegments;
    }

    /**
     * DEFINE T3330|T3350|T3370|TDISK vaddr size (cylinders, or blocks for FBA): a temporary disk,
     * cleared, from the T-disk volumes; freed at DETACH or LOGOFF. Returns CP's response:
     * {@code DASD vaddr DEFINED}, or DMKDEF003E (type), 026E (size), 091E (no space), 092E (address in use).
     */
    public CommandResponse defineTemporaryDisk(VirtualMachine machine, int vaddr, String type, int size) {
        return virtualDevices.defineTemporaryDisk(machine, vaddr, type, size);
    }

    /** DEFINE CTCA vaddr: an uncoupled virtual channel-to-channel adapter; {@code CTC vaddr DEFINED} or DMKDEF092E. */
    public CommandResponse defineChannelToChannelAdapter(VirtualMachine machine, int vaddr) {
        return virtualDevices.defineChannelToChannelAdapter(machine, vaddr);
    }

    /**
     * COUPLE vaddrA TO userid vaddrB: joins two users' CTCAs. Returns {@code CTCA vaddrA COUPLE TO
     * userid vaddrB} (the other user's console gets {@code CTCA vaddrB COUPLE BY user vaddrA}), or
     * DMKDIA040E (no device), 141E (not a CTCA, or coupled already).
     */
    public CommandResponse couple(VirtualMachine machineA, int vaddrA, VirtualMachine machineB, int vaddrB) {
        return virtualDevices.couple(machineA, vaddrA, machineB, vaddrB);
    }

    /**
     * DETACH vaddr: removes a virtual device: a T-disk's space returns to CP, a minidisk's link is
     * released, a coupled CTCA is dropped ({@code CTCA vaddr DROP FROM userid vaddr} to both users).
     * Returns {@code type vaddr DETACHED} (after the drop line) or DMKVDD040E.
     */
    public CommandResponse detach(VirtualMachine machine, int vaddr) {
        return virtualDevices.detach(machine, vaddr, () -> {
            Map<Integer, Extent> held = minidisks.get(machine.userid());
            Extent extent = held == null ? null : held.remove(vaddr);
            if (extent != null) {
                links.unlink(machine.userid(), vaddr, extent);
            }
        });
    }

    /**
     * SMSG userid text: a special message from {@code sender} to the program in {@code userid}'s
     * machine (presented through VMCF, DIAGNOSE X'68'). Returns nothing when delivered, else DMKMSG045E (not
     * logged on) or DMKMSG057W ... SMSG OFF (SMSG is off, or {@link SpecialMessages#LIMIT} wait)
     * or ... NOT AUTHORIZED (SMSG on, but no program has authorized VMCF).
     */
    public CommandResponse specialMessage(VirtualMachine sender, String userid, String text) {
        String target = userid.toUpperCase(Locale.ROOT);
        Optional<VirtualMachine> machine = machine(target);
        if (machine.isEmpty()) {
            return new CommandResponse(List.of("DMKMSG045E " + target + " NOT LOGGED ON"), 45);
        }
        return switch (machine.get().specialMessages().offer(new SpecialMessages.Message(sender.userid(), text))) {
            case DELIVERED -> CommandResponse.ok();
            case NOT_ACCEPTING, FULL -> new CommandResponse(List.of("DMKMSG057W " + target + " NOT RECEIVING; SMSG OFF"), 57);
            case NOT_AUTHORIZED -> new CommandResponse(List.of("DMKMSG057W " + target + " NOT RECEIVING; NOT AUTHORIZED"), 57);
        };
    }

    /** A file entered a reader queue: its owner's readers that found no file are made ready. */
    private void readerFileArrived(SpoolFile file) {
        if (file.queue() == SpoolQueue.READER) {
            machine(file.owner()).ifPresent(m -> m.perform(() -> m.devices().values().stream()
                    .filter(SpooledReader.class::isInstance).map(SpooledReader.class::cast)
                    .forEach(SpooledReader::fileArrived)));
        }
    }

    /** The accounting file machines' DIAGNOSE X'4C' records go to (the one the session records go to). */
    public void useAccounting(AccountingFile file) {
        accounting = file::write;
    }

    /** Installs the command processor (built on top of CP, so it arrives after construction). */
    public void useCommands(CpCommands processor) {
        this.commands = processor;
    }

    /** The logged-on machine of a user. */
    public Optional<VirtualMachine> machine(String userid) {
        return Optional.ofNullable(machines.get(userid.toUpperCase(Locale.ROOT)));
    }

    /** The logged-on users, in no order. */
    public List<VirtualMachine> machines() {
        return List.copyOf(machines.values());
    }

    /** The user's unit-record devices as the spool commands see them. */
    public Optional<UnitRecordDevices> unitRecordDevices(String userid) {
        return Optional.ofNullable(unitRecord.get(userid.toUpperCase(Locale.ROOT)));
    }

    /** How a logon ended. */
    public sealed interface Logon {
        /** Logged on; {@code messages} are what CP tells the user about its devices (links forced R/O, refused). */
        record Created(VirtualMachine machine, List<String> messages) implements Logon {
            public Created {
                messages = List.copyOf(messages);
            }
        }

        record AlreadyLoggedOn(VirtualMachine machine) implements Logon { }

        record NotInDirectory(String userid) implements Logon { }
    }

    /**
     * Creates and starts the virtual machine of a user whose right to log on was checked already:
     * storage, console, spooled unit-record devices from the directory entry, then its IPL.
     */
    public Logon logon(String userid) {
        return logon(userid, machine -> { });
    }

    /**
     * Logs a user on as {@link #logon(String)} does, with {@code connect} run on the new machine
     * before it starts and IPLs: the terminal connects its console there and says LOGON AT first.
     */
    public synchronized Logon logon(String userid, java.util.function.Consumer<VirtualMachine> connect) {
        String id = userid.toUpperCase(Locale.ROOT);
        awaitLogoff(id);
        VirtualMachine existing = machines.get(id);
        if (existing != null) {
            return new Logon.AlreadyLoggedOn(existing);
        }
        Optional<UserEntry> entry = directory.lookup(id);
        if (entry.isEmpty()) {
            return new Logon.NotInDirectory(id);
        }
        // A PROFILE's statements (INCLUDE) count as the user's own: IPL, CONSOLE and SPOOL among them.
        List<EntryStatement> statements = directory.snapshot().statements(entry.get());
        VirtualMachine machine = build(entry.get(), statements);
        List<String> messages = attachMinidisks(machine);
        machines.put(id, machine);
        connect.accept(machine);
        machine.start();
        statements.stream()
                .filter(EntryStatement.Ipl.class::isInstance).map(EntryStatement.Ipl.class::cast)
                .findFirst().ifPresent(ipl -> ipl(machine, ipl.target(), ipl.parm().orElse("")));
        return new Logon.Created(machine, messages);
    }

    /** The user's minidisks and directory links, each linked by the rules against who holds it now. */
    private List<String> attachMinidisks(VirtualMachine machine) {
        List<String> messages = new ArrayList<>();
        Map<Integer, Extent> held = new HashMap<>();
        for (ResolvedDisk disk : directory.disks(machine.userid())) {
            MinidiskLinks.Grant grant = links.link(machine.userid(), disk.vaddr(), disk.owner(), disk.ownerAddress(),
                    disk.extent(), disk.mode().access());
            switch (grant) {
                case MinidiskLinks.Grant.Refused refused -> messages.add(refused.message());
                case MinidiskLinks.Grant.Granted granted -> {
                    try {
                        machine.attach(disk.vaddr(), volumes.minidisk(disk.extent(), !granted.write()));
                        held.put(disk.vaddr(), disk.extent());
                        if (!granted.warning().isEmpty()) {
                            messages.add(granted.warning());
                        }
                    } catch (IOException e) {
                        links.unlink(machine.userid(), disk.vaddr(), disk.extent());
                        messages.add(String.format("DMKLNK108E %s %03X NOT LINKED; VOLID %s NOT MOUNTED",
                                disk.owner(), disk.ownerAddress(), disk.extent().volume().volser()));
                    }
                }
            }
        }
        minidisks.put(machine.userid(), new ConcurrentHashMap<>(held));
        return messages;
    }

    private VirtualMachine build(UserEntry entry, List<EntryStatement> statements) {
        int storage = (int) Math.min(16L << 20, (entry.storage() + MainStorage.FRAME_SIZE - 1)
                / MainStorage.FRAME_SIZE * MainStorage.FRAME_SIZE);
        Optional<EntryStatement.Console> consoleStatement = statements.stream()
                .filter(EntryStatement.Console.class::isInstance).map(EntryStatement.Console.class::cast).findFirst();
        int console = consoleStatement.map(EntryStatement.Console::vaddr).orElse(0x009);
        VirtualMachine machine = new VirtualMachine(entry.userid(), storage, console, nextCpuId++,
                dispatcher, framePool, tod);
        machine.attachDiagnose(new DiagnoseSimulator(machine, (m, line) -> commands.execute(m, line), clock,
                config.timeZone(), namedSegments, spool.manager(), directory, record -> accounting.accept(record), this::machine));
        UnitRecordDevices devices = new UnitRecordDevices(entry.userid());
        ConsoleSpool consoleSpool = new ConsoleSpool(console, entry.userid(), spool.manager());
        consoleStatement.flatMap(EntryStatement.Console::spoolClass).ifPresent(c -> consoleSpool.setSpoolClass(c.charAt(0)));
        devices.add(consoleSpool);
        machine.logConsole(consoleSpool::line);
        for (EntryStatement s : statements) {
            if (s instanceof EntryStatement.Spool spoolStatement) {
                attachSpooled(machine, devices, spoolStatement);
            }
        }
        unitRecord.put(entry.userid(), devices);
        return machine;
    }

    private void attachSpooled(VirtualMachine machine, UnitRecordDevices devices, EntryStatement.Spool s) {
        var manager = spool.manager();
        switch (s.kind()) {
            case READER -> {
                VirtualReader reader = new VirtualReader(s.vaddr(), machine.userid(), manager);
                reader.setSpoolClass(s.spoolClass());
                devices.add(reader);
                machine.attach(s.vaddr(), new SpooledReader(reader));
            }
            case PUNCH -> {
                VirtualPunch punch = new VirtualPunch(s.vaddr(), machine.userid(), manager);
                devices.add(punch);
                machine.attach(s.vaddr(), new SpooledWriter(punch));
            }
            case PRINTER -> {
                VirtualPrinter printer = new VirtualPrinter(s.vaddr(), machine.userid(), manager);
                devices.add(printer);
                machine.attach(s.vaddr(), new SpooledWriter(printer));
            }
        }
    }

    /**
     * IPL: a named system (CMS, RSCS) or a virtual device address. The machine is stopped, then
     * its thread loads and runs what was named; failures go to the user's console as CP says them.
     */
    public void ipl(VirtualMachine machine, String target, String parm) {
        Optional<GuestSystem> named = namedSystems.find(target);
        if (named.isPresent()) {
            machine.requestRun(() -> machine.runGuest(named.get(), parm));
            return;
        }
        if (!target.matches("[0-9A-Fa-f]{1,4}")) {
            machine.consoleLine("DMKCFG003E INVALID OPTION - " + target.toUpperCase(Locale.ROOT));
            return;
        }
        int address = Integer.parseInt(target, 16);
        machine.requestRun(() -> {
            InitialProgramLoad.Outcome outcome = machine.loadFrom(address);
            if (outcome instanceof InitialProgramLoad.Outcome.Failed failed) {
                machine.consoleLine(String.format("DMKCFG040E DEVICE %03X IPL FAILED - %s", address, failed.reason()));
                return;
            }
            machine.begin();
        });
    }

    /** Logs a user off: the machine stops, and its storage and devices go back to CP. */
    public void logoff(String userid) throws InterruptedException {
        VirtualMachine machine = beginLogoff(userid);
        if (machine != null) {
            finishLogoff(machine);
        }
    }

    /**
     * LOGOFF's first half, at once: the user is no longer logged on, and a LOGON of the same user
     * waits for the second half. Returns the machine to finish, or null when none was logged on.
     */
    public synchronized VirtualMachine beginLogoff(String userid) {
        String id = userid.toUpperCase(Locale.ROOT);
        VirtualMachine machine = machines.remove(id);
        if (machine != null) {
            loggingOff.put(id, new CompletableFuture<>());
        }
        return machine;
    }

    /** LOGOFF's second half, on a thread that may wait: the machine ends and gives back its devices and links. */
    public void finishLogoff(VirtualMachine machine) throws InterruptedException {
        try {
            machine.logoff();
            machine.awaitEnd(10_000);
            UnitRecordDevices devices = unitRecord.remove(machine.userid());
            if (devices != null) {
                devices.logoff();
            }
            minidisks.getOrDefault(machine.userid(), Map.of())
                    .forEach((vaddr, extent) -> links.unlink(machine.userid(), vaddr, extent));
            minidisks.remove(machine.userid());
            virtualDevices.logoff(machine);
        } finally {
            CompletableFuture<Void> done = loggingOff.remove(machine.userid().toUpperCase(Locale.ROOT));
            if (done != null) {
                done.complete(null);
            }
        }
    }

    /** A LOGON right after a LOGOFF waits (a few seconds at most) until the old machine has let go of everything. */
    private void awaitLogoff(String id) {
        CompletableFuture<Void> ending = loggingOff.get(id);
        if (ending == null) {
            return;
        }
        try {
            ending.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "LOGON of " + id + " did not wait for its LOGOFF: " + e);
        }
    }

    /** Logs every user off; the spool, directory and paging file are left consistent for the next IPL. */
    @Override
    public void close() throws IOException, InterruptedException {
        for (VirtualMachine machine : machines()) {
            logoff(machine.userid());
        }
        pagingFile.close();
        volumes.close();
    }
}
