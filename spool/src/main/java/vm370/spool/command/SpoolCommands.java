package vm370.spool.command;

import java.util.Locale;
import java.util.function.Predicate;
import vm370.spool.host.RealDevices;
import vm370.spool.queue.SpoolManager;

/**
 * The spool commands' logic, for CP's command processor to call with the operands as typed:
 * SPOOL, CLOSE, CHANGE, ORDER, PURGE, TRANSFER, TAG, QUERY RDR/PRT/PUN/FILES and the spooling
 * operator's DRAIN and START. Privilege checks (which classes may issue a command) stay with CP;
 * {@link SpoolSession#spoolingOperator()} says whether the class D forms apply.
 */
public final class SpoolCommands {

    private final SpoolCommand spool;
    private final CloseCommand close = new CloseCommand();
    private final FileCommands files;
    private final TagCommand tag;
    private final QueryCommand query;
    private final RealDeviceCommands realDevices;

    /**
     * @param userExists true for a user in the CP directory (SPOOL TO, TRANSFER, the operator's userid forms)
     * @param wakeDevices called when real devices may have work (after START)
     */
    public SpoolCommands(SpoolManager manager, Predicate<String> userExists, RealDevices devices, Runnable wakeDevices) {
        this.spool = new SpoolCommand(userExists);
        this.files = new FileCommands(manager, userExists);
        this.tag = new TagCommand(manager);
        this.query = new QueryCommand(manager, userExists);
        this.realDevices = new RealDeviceCommands(devices, wakeDevices);
    }

    /** The command verbs answered here, with VM/370's minimum abbreviations. */
    public enum Verb {
        SPOOL("SPool"), CLOSE("Close"), CHANGE("CHange"), ORDER("ORder"), PURGE("PUrge"),
        TRANSFER("TRANsfer"), TAG("TAG"), QUERY("Query"), DRAIN("DRain"), START("STart"),
        LOADBUF("LOADBUF"), HOLD("HOLD"), FREE("FREE");

        private final String pattern;

        Verb(String pattern) {
            this.pattern = pattern;
        }

        /** The verb a typed command name abbreviates, or null. */
        public static Verb parse(String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (Verb verb : values()) {
                if (Operands.matches(verb.pattern, upper)) {
                    return verb;
                }
            }
            return null;
        }
    }

    /** True when this class answers QUERY with these operands (RDR, PRT, PUN, FILES; a real address for the operator). */
    public boolean answersQuery(String operands) {
        String first = new Operands(operands).peek();
        return QueryCommand.handles(first);
    }

    /** Runs one spool command. */
    public CommandResult execute(SpoolSession session, Verb verb, String operands) {
        return switch (verb) {
            case SPOOL -> spool.execute(session, operands);
            case CLOSE -> close.execute(session, operands);
            case CHANGE -> files.change(session, operands);
            case ORDER -> files.order(session, operands);
            case PURGE -> files.purge(session, operands);
            case TRANSFER -> files.transfer(session, operands);
            case TAG -> tag.execute(session, operands);
            case QUERY -> queryOrRealDevice(session, operands);
            case DRAIN -> realDevices.drain(operands);
            case START -> realDevices.start(operands);
            case LOADBUF -> realDevices.loadBuffer(operands);
            case HOLD -> files.holdOutput(operands, true);
            case FREE -> files.holdOutput(operands, false);
        };
    }

    private CommandResult queryOrRealDevice(SpoolSession session, String operands) {
        Operands parsed = new Operands(operands);
        String first = parsed.next();
        if (!QueryCommand.handles(first) && session.spoolingOperator() && Operands.address(first) >= 0 && !parsed.hasNext()) {
            CommandResult status = realDevices.query(Operands.address(first));
            if (status != null) {
                return status;
            }
        }
        return query.execute(session, operands);
    }

    /** The {@code FILES:} line LOGON shows (null when the user has no files, which LOGON then omits). */
    public String logonFilesLine(SpoolSession session) {
        CommandResult result = query.execute(session, "FILES");
        String line = result.output().getFirst();
        return line.equals(QueryCommand.filesLine(0, 0, 0)) ? null : line;
    }
}
