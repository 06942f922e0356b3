package vm370.spool.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * The files a PURGE, TRANSFER, CHANGE or ORDER works on: {@code [userid] {Reader|Printer|PUnch|ALL}
 * {spoolid...|CLass c|ALL}}. The userid form is for the spooling operator (class D) only; a general
 * user always works on their own files.
 *
 * @param items spool ids (positive) and classes (negative: minus the class character), in the order typed
 */
record FileSelection(String owner, boolean byOperator, EnumSet<SpoolQueue> queues, List<Integer> items, boolean all) {

    /** A parsed selection, or the error to give. */
    sealed interface Parsed {
        record Selected(FileSelection selection) implements Parsed {}
        record Failed(CommandResult.Error error) implements Parsed {}
    }

    /**
     * Parses the owner, queue and files. {@code allowAll}: ALL is a queue and a selection (not for
     * ORDER); {@code multiple}: several items may follow (PURGE, ORDER), else one (CHANGE, TRANSFER);
     * {@code required}: the files must be named (else all of the queue).
     */
    static Parsed parse(Operands operands, SpoolSession session, Predicate<String> userExists, String module,
                        boolean allowAll, boolean multiple, boolean required) {
        String owner = session.userid();
        boolean byOperator = false;
        String first = operands.peek();
        if (first == null) {
            return new Parsed.Failed(CpMessage.OPERAND_MISSING.from(module));
        }
        if (session.spoolingOperator() && queueOf(first) == null && !"ALL".equals(first)) {
            owner = operands.next();
            if (Operands.userid(owner) == null || !userExists.test(owner)) {
                return new Parsed.Failed(CpMessage.NOT_IN_DIRECTORY.from(module, owner));
            }
            byOperator = true;
        }
        String queueToken = operands.next();
        EnumSet<SpoolQueue> queues;
        if ("ALL".equals(queueToken) && allowAll) {
            queues = EnumSet.allOf(SpoolQueue.class);
        } else if (queueOf(queueToken) != null) {
            queues = EnumSet.of(queueOf(queueToken));
        } else {
            return new Parsed.Failed(queueToken == null ? CpMessage.OPERAND_MISSING.from(module)
                    : CpMessage.INVALID_OPERAND.from(module, queueToken));
        }
        List<Integer> items = new ArrayList<>();
        boolean all = false;
        while (operands.hasNext()) {
            String token = operands.peek();
            if (Operands.matches("CLass", token)) {
                operands.next();
                char c = Operands.spoolClass(operands.next());
                if (c == '\0') {
                    return new Parsed.Failed(CpMessage.CLASS_MISSING.from(module));
                }
                items.add(-c);
            } else if ("ALL".equals(token) && allowAll && items.isEmpty()) {
                operands.next();
                all = true;
                break;
            } else if (Operands.spoolId(token) > 0) {
                items.add(Operands.spoolId(operands.next()));
            } else {
                break;
            }
            if (!multiple) {
                break;
            }
        }
        if (items.isEmpty() && !all) {
            if (required) {
                return new Parsed.Failed(CpMessage.SPOOLID_MISSING.from(module));
            }
            all = true;
        }
        return new Parsed.Selected(new FileSelection(owner, byOperator, queues, items, all));
    }

    /** The queue a RDR/PRT/PUN keyword names, or null. */
    static SpoolQueue queueOf(String token) {
        DeviceType type = DeviceOperand.keyword(token);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case RDR -> SpoolQueue.READER;
            case PRT -> SpoolQueue.PRINTER;
            case PUN, CON -> SpoolQueue.PUNCH;
        };
    }

    /**
     * The selected files, in the order the items were typed (queue order within a class); or the
     * error for a spool id that is not there.
     */
    Found resolve(SpoolManager manager, Predicate<SpoolFile> scope, String module) {
        List<SpoolFile> inScope = manager.files(scope.and(f -> queues.contains(f.queue())));
        if (all) {
            return new Found.Files(inScope);
        }
        List<SpoolFile> result = new ArrayList<>();
        for (int item : items) {
            if (item > 0) {
                SpoolFile file = inScope.stream().filter(f -> f.spoolId() == item).findFirst().orElse(null);
                if (file == null) {
                    return new Found.Failed(CpMessage.SPOOLID_DOES_NOT_EXIST.from(module, String.format("%04d", item)));
                }
                if (!result.contains(file)) {
                    result.add(file);
                }
            } else {
                for (SpoolFile file : inScope) {
                    if (file.spoolClass() == (char) -item && !result.contains(file)) {
                        result.add(file);
                    }
                }
            }
        }
        return new Found.Files(result);
    }

    /** The files selected, or the error to give (a spool id that is not there). */
    sealed interface Found {
        record Files(List<SpoolFile> files) implements Found {}
        record Failed(CommandResult.Error error) implements Found {}
    }
}
