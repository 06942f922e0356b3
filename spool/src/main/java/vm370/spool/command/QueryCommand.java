package vm370.spool.command;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * QUERY {Reader|Printer|PUnch} [ALL|spoolid] and QUERY Files [CLass c], in VM/370's columns. The
 * spooling operator (class D) may name a userid, or ALL for every user's files.
 * @vm370 DMKCQG (general), DMKCQP (privileged)
 */
final class QueryCommand {

    private static final String MODULE = "DMKCQG";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd HH:mm:ss");
    static final String SHORT_HEADER = " FILE CLASS RECDS  CPY HOLD";
    static final String LONG_HEADER = "   DATE  TIME    NAME    TYPE     DIST";

    private final SpoolManager manager;
    private final Predicate<String> userExists;

    QueryCommand(SpoolManager manager, Predicate<String> userExists) {
        this.manager = manager;
        this.userExists = userExists;
    }

    /** True when QUERY's first operand is one this class answers (RDR, PRT, PUN, FILES). */
    static boolean handles(String firstOperand) {
        return FileSelection.queueOf(firstOperand) != null || Operands.matches("Files", firstOperand);
    }

    CommandResult execute(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        String first = operands.next();
        if (Operands.matches("Files", first)) {
            return files(session, operands);
        }
        SpoolQueue queue = FileSelection.queueOf(first);
        if (queue == null) {
            return first == null ? CpMessage.OPERAND_MISSING.from(MODULE) : CpMessage.INVALID_OPERAND.from(MODULE, first);
        }
        String token = operands.next();
        boolean longForm = token != null;
        Predicate<SpoolFile> scope = f -> f.queue() == queue && f.owner().equals(session.userid());
        if ("ALL".equals(token)) {
            scope = session.spoolingOperator() ? f -> f.queue() == queue : scope;
        } else if (Operands.spoolId(token) > 0) {
            int id = Operands.spoolId(token);
            scope = scope.and(f -> f.spoolId() == id);
        } else if (token != null && session.spoolingOperator() && userExists.test(token)) {
            scope = f -> f.queue() == queue && f.owner().equals(token);
        } else if (token != null) {
            return CpMessage.INVALID_OPERAND.from(MODULE, token);
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
        }
        List<SpoolFile> files = manager.files(scope);
        if (files.isEmpty()) {
            return CommandResult.ok("NO " + queue.code() + " FILES");
        }
        List<String> lines = new ArrayList<>();
        lines.add((queue == SpoolQueue.READER ? "ORIGINID" : "OWNERID ") + SHORT_HEADER + (longForm ? LONG_HEADER : ""));
        for (SpoolFile file : files) {
            lines.add(line(file, longForm));
        }
        return CommandResult.ok(lines);
    }

    /** One file's row: {@code userid   spid c typ norecs  nn stat [mm/dd hh:mm:ss fn ft dist]}. */
    static String line(SpoolFile file, boolean longForm) {
        String who = file.queue() == SpoolQueue.READER ? file.origin() : file.owner();
        String row = String.format("%-8s %04d %c %s %06d %02d %-4s", who, file.spoolId(), file.spoolClass(),
                file.deviceType().code(), file.records(), file.copies(), file.holdStatus());
        if (!longForm) {
            return row;
        }
        return String.format("%s  %s %-8s %-8s %s", row, STAMP.format(file.created()), file.fileName(),
                file.fileType(), file.dist()).stripTrailing();
    }

    private CommandResult files(SpoolSession session, Operands operands) {
        char spoolClass = '\0';
        if (operands.nextIf("CLass") != null) {
            spoolClass = Operands.spoolClass(operands.next());
            if (spoolClass == '\0') {
                return CpMessage.CLASS_MISSING.from(MODULE);
            }
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
        }
        char wanted = spoolClass;
        List<SpoolFile> files = manager.files(f -> (session.spoolingOperator() || f.owner().equals(session.userid()))
                && (wanted == '\0' || f.spoolClass() == wanted));
        int[] counts = new int[SpoolQueue.values().length];
        for (SpoolFile file : files) {
            counts[file.queue().ordinal()]++;
        }
        return CommandResult.ok(filesLine(counts[SpoolQueue.READER.ordinal()], counts[SpoolQueue.PRINTER.ordinal()],
                counts[SpoolQueue.PUNCH.ordinal()]));
    }

    /** {@code FILES: nnn RDR, nnn PRT, nnn PUN}, a zero shown as {@code  NO}; also what LOGON shows. */
    static String filesLine(int readers, int printers, int punches) {
        return "FILES: " + count(readers) + " RDR, " + count(printers) + " PRT, " + count(punches) + " PUN";
    }

    private static String count(int n) {
        return n == 0 ? " NO" : String.format("%03d", n);
    }
}
