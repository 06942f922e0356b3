package vm370.cp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import vm370.cp.ControlProgram;
import vm370.cp.security.SecurityJournal;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.model.UserEntry;
import vm370.spool.command.SpoolCommands;

/**
 * CP's command processor: finds a command line's verb in the command table by VM/370's
 * abbreviations, refuses it as unknown when the user lacks its privilege class, and runs it.
 * Install with {@link ControlProgram#useCommands}; every command runs on the issuing machine's thread.
 * @vm370 DMKCFM
 */
public final class CpCommandProcessor implements CpCommands {

    private static final System.Logger LOG = System.getLogger(CpCommandProcessor.class.getName());

    private final ControlProgram cp;
    private final Map<VirtualMachine, UserSettings> settings = new ConcurrentHashMap<>();
    /** Replaced, never changed in place, when the console adds its commands. */
    private volatile List<CommandEntry> table;
    /** What the console adds to QUERY and SET (TERMINAL, LOGMSG); replaced whole, like the table. */
    private volatile List<CommandEntry> queryOperands = List.of();
    private volatile List<CommandEntry> setOperands = List.of();
    private volatile Function<VirtualMachine, String> terminals = CpCommandProcessor::consoleAddress;
    /** Terminals DIALed to machines now, for QUERY USERS; the terminal side installs the count. */
    private volatile IntSupplier dialed = () -> 0;
    private volatile SpecialMessages specialMessages = SpecialMessages.NONE;
    private volatile Runnable shutdown;
    private volatile SessionControl sessions;
    private volatile SecurityJournal journal = SecurityJournal.NONE;
    private final DeviceCommands devices;

    public CpCommandProcessor(ControlProgram cp) {
        this.cp = cp;
        TimeFormat time = new TimeFormat(cp.clock(), cp.config().timeZone());
        SpoolBridge spool = new SpoolBridge(cp, this::settings);
        Users users = new Users(cp, this::settings, this::terminal, time);
        QueryCommand query = new QueryCommand(cp, users, spool, time, () -> queryOperands, () -> dialed.getAsInt());
        MessageCommands messages = new MessageCommands(users, time, this::specialMessages);
        SetCommand set = new SetCommand(this::settings, new SchedulingCommands(users), () -> setOperands);
        this.devices = new DeviceCommands(cp, this::settings, this::journal);
        MachineCommands machine = new MachineCommands(cp);
        StorageCommands storage = new StorageCommands();
        DebugCommands debug = new DebugCommands(cp);
        OperatorCommands operator = new OperatorCommands(cp, users, time, this::shutdownHook, this::sessions);
        this.sessions = operator.defaultSessions();
        this.table = List.of(
                new CommandEntry("Query", "ABCDEFG", query::query),
                new CommandEntry("Message", "*", messages::message),
                new CommandEntry("MSG", "*", messages::message),
                new CommandEntry("MSGNOH", "B", messages::messageNoHeader),
                new CommandEntry("WArning", "AB", messages::warning),
                new CommandEntry("WNG", "AB", messages::warning),
                new CommandEntry("SMsg", "G", messages::specialMessage),
                new CommandEntry("SET", "G", set::set),
                new CommandEntry("LINK", "G", devices::link),
                new CommandEntry("DETach", "G", devices::detach),
                new CommandEntry("DEFine", "G", devices::define),
                new CommandEntry("COUple", "G", devices::couple),
                new CommandEntry("RESET", "G", devices::reset),
                new CommandEntry("Ipl", "G", machine::ipl),
                new CommandEntry("Begin", "G", machine::begin),
                new CommandEntry("SYStem", "G", machine::system),
                new CommandEntry("Display", "G", storage::display),
                new CommandEntry("STore", "G", storage::store),
                new CommandEntry("TRace", "G", debug::trace),
                new CommandEntry("ADSTOP", "G", debug::adstop),
                new CommandEntry("DUMP", "G", new DumpCommand(cp)::dump),
                new CommandEntry("INDicate", "EG", operator::indicate),
                new CommandEntry("LOGoff", "*", r -> holding(r, hold -> sessions.logoff(r.machine(), false, hold))),
                new CommandEntry("LOGON", "*", r -> CpMessage.ALREADY_LOGGED_ON.from("DMKLOG", r.userid())),
                new CommandEntry("DISConn", "*", r -> holding(r, hold -> sessions.disconnect(r.machine(), hold))),
                new CommandEntry("FORCE", "A", operator::force),
                new CommandEntry("AUTOlog", "AB", operator::autolog),
                new CommandEntry("XAUTOlog", "AB", operator::xautolog),
                new CommandEntry("SHUTDOWN", "A", operator::shutdown),
                spool.entry(SpoolCommands.Verb.SPOOL, "SPool", "DG"),
                spool.entry(SpoolCommands.Verb.CLOSE, "Close", "DG"),
                spool.entry(SpoolCommands.Verb.CHANGE, "CHange", "DG"),
                spool.entry(SpoolCommands.Verb.ORDER, "ORder", "DG"),
                spool.entry(SpoolCommands.Verb.PURGE, "PUrge", "DG"),
                spool.entry(SpoolCommands.Verb.TRANSFER, "TRANsfer", "DG"),
                spool.entry(SpoolCommands.Verb.TAG, "TAG", "DG"),
                spool.entry(SpoolCommands.Verb.DRAIN, "DRain", "D"),
                spool.entry(SpoolCommands.Verb.START, "STArt", "D"),
                spool.entry(SpoolCommands.Verb.LOADBUF, "LOADBUF", "D"),
                spool.entry(SpoolCommands.Verb.HOLD, "HOLD", "D"),
                spool.entry(SpoolCommands.Verb.FREE, "FREE", "D"));
        this.queryOperands = plus(queryOperands, "TRace", "G", debug::query);
    }

    @Override
    public CommandResponse execute(VirtualMachine machine, String line) {
        Tokens tokens = new Tokens(line.strip());
        String verb = tokens.next();
        if (verb == null) {
            return CommandResponse.ok();
        }
        String classes = cp.directory().lookup(machine.userid()).map(UserEntry::classes).orElse("");
        for (CommandEntry entry : table) {
            if (entry.named(verb)) {
                if (!entry.allowedFor(classes)) {
                    journal.record(SecurityJournal.Event.PRIVILEGE, machine.userid(),
                            entry.syntax().toUpperCase(Locale.ROOT) + " REFUSED; CLASS " + classes);
                    return CommandResponse.unknown(verb);
                }
                return run(entry, new CommandEntry.Request(machine, classes, verb, tokens));
            }
        }
        return CommandResponse.unknown(verb);
    }

    /** LOGOFF [HOLD] and DISCONNECT [HOLD]: HOLD keeps a switched line; any other operand is refused. */
    private static CommandResponse holding(CommandEntry.Request request, Consumer<Boolean> end) {
        String operand = request.operands().next();
        if (operand != null && !operand.equals("HOLD")) {
            return CpMessage.INVALID_OPERAND.from("DMKUSO", operand);
        }
        end.accept(operand != null);
        return CommandResponse.ok();
    }

    private static CommandResponse run(CommandEntry entry, CommandEntry.Request request) {
        try {
            return entry.handler().run(request);
        } catch (RuntimeException e) {
            // A failing command must not take its user's machine down; the log has the detail.
            LOG.log(System.Logger.Level.ERROR, "CP command " + request.verb() + " failed for " + request.userid(), e);
            return CommandResponse.unknown(request.verb());
        }
    }

    /** A command as the command reference lists it: its syntax (capitals: the minimum abbreviation) and classes. */
    public record Listing(String syntax, String classes) { }

    /** Every command of the table now, in table order, with what the console added. */
    public List<Listing> listing() {
        return table.stream().map(e -> new Listing(e.syntax(), e.classes())).toList();
    }

    /** A command the console adds (TERMINAL, ENABLE, ...): its handler sees the machine, the verb and the operands. */
    @FunctionalInterface
    public interface Extension {
        CommandResponse run(VirtualMachine machine, String verb, String operands);
    }

    /**
     * Adds a command to the table, {@code syntax} with capitals for the minimum abbreviation and
     * {@code classes} as VM/370 lists them ({@code *} for Any).
     */
    public synchronized void extend(String syntax, String classes, Extension handler) {
        table = plus(table, syntax, classes, handler);
    }

    /** Adds an operand to QUERY ({@code QUERY TERMINAL}); the handler gets the operands after it. */
    public synchronized void extendQuery(String syntax, String classes, Extension handler) {
        queryOperands = plus(queryOperands, syntax, classes, handler);
    }

    /** Adds an option to SET ({@code SET LOGMSG}); the handler gets the operands after it. */
    public synchronized void extendSet(String syntax, String classes, Extension handler) {
        setOperands = plus(setOperands, syntax, classes, handler);
    }

    private static List<CommandEntry> plus(List<CommandEntry> entries, String syntax, String classes, Extension handler) {
        List<CommandEntry> wider = new ArrayList<>(entries);
        wider.add(new CommandEntry(syntax, classes, r -> handler.run(r.machine(), r.verb(), r.operands().rest())));
        return List.copyOf(wider);
    }

    /** How LOGOFF, FORCE and DISCONNECT reach the users' terminals. */
    public void useSessions(SessionControl control) {
        this.sessions = control;
    }

    /** Where privilege failures and LINK passwords are journaled. */
    public void useJournal(SecurityJournal securityJournal) {
        this.journal = securityJournal;
    }

    /** A program function key as SET PFnn defined it. */
    public record FunctionKey(boolean immediate, String text) { }

    /** The user's PFnn setting, if the key is defined. */
    public java.util.Optional<FunctionKey> functionKey(VirtualMachine machine, int number) {
        return java.util.Optional.ofNullable(settings(machine).key(number))
                .map(k -> new FunctionKey(k.immediate(), k.text()));
    }

    /** SET MSG: whether the user takes messages now. */
    public boolean receivesMessages(VirtualMachine machine) {
        return settings(machine).messages();
    }

    /** SET RUN ON: the attention key gives a CP read without stopping the machine. */
    public boolean runOn(VirtualMachine machine) {
        return settings(machine).run();
    }

    /** Names the terminal a user is on, as QUERY NAMES shows it (the terminal module knows real addresses). */
    public void useTerminalNames(Function<VirtualMachine, String> names) {
        this.terminals = names;
    }

    /** How many terminals are DIALed now (QUERY USERS: {@code nnn USERS, mmm DIALED}). */
    public void useDialedCount(IntSupplier count) {
        this.dialed = count;
    }

    /** Where SMSG goes: service machines (RSCS, CMSBATCH) register the programs that take special messages. */
    public void useSpecialMessages(SpecialMessages receiver) {
        this.specialMessages = receiver;
    }


    /** What SHUTDOWN does: the launcher checkpoints the spool and stops the system. */
    public void useShutdown(Runnable action) {
        this.shutdown = action;
    }

    /** The user's SET options; a new machine (a new logon) starts with VM/370's defaults. */
    UserSettings settings(VirtualMachine machine) {
        if (settings.size() > 64) {
            settings.keySet().removeIf(m -> m.state() == VirtualMachine.RunState.LOGGED_OFF);
        }
        return settings.computeIfAbsent(machine, m -> new UserSettings());
    }

    private String terminal(VirtualMachine machine) {
        return machine.connected() ? terminals.apply(machine) : "DSC";
    }

    private SessionControl sessions() {
        return sessions;
    }

    SecurityJournal journal() {
        return journal;
    }

    private SpecialMessages specialMessages() {
        return specialMessages;
    }

    private Runnable shutdownHook() {
        return shutdown;
    }

    /** Until the terminal module names real terminals, a connected user is shown on its console's address. */
    private static String consoleAddress(VirtualMachine machine) {
        return String.format(Locale.ROOT, "%03X", machine.consoleAddress());
    }
}
