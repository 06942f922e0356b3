package vm370.spool.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * PURGE, TRANSFER, ORDER, CHANGE, and the operator's HOLD and FREE: the commands that work on closed files in the queues, a
 * general user's own or (class D, with a userid) anyone's. Files a reader or real device is
 * working on are left alone. @vm370 DMKCSU
 */
final class FileCommands {

    static final String MODULE = "DMKCSU";

    private final SpoolManager manager;
    private final Predicate<String> userExists;

    FileCommands(SpoolManager manager, Predicate<String> userExists) {
        this.manager = manager;
        this.userExists = userExists;
    }

    /** PUrge [userid] {Reader|Printer|PUnch|ALL} [spoolid...|CLass c|ALL]. */
    CommandResult purge(SpoolSession session, String text) {
        return switch (idleFiles(session, text, true, false)) {
            case FileSelection.Found.Failed failed -> failed.error();
            case FileSelection.Found.Files(List<SpoolFile> files) -> {
                manager.purge(files);
                yield CommandResult.ok(count(files.size(), "PURGED"));
            }
        };
    }

    /**
     * The idle files the operands select, with nothing after the selection (PURGE, ORDER; the flags
     * are {@link FileSelection#parse}'s), or the error to give.
     */
    private FileSelection.Found idleFiles(SpoolSession session, String text, boolean allowAll, boolean required) {
        Operands operands = new Operands(text);
        FileSelection.Parsed parsed = FileSelection.parse(operands, session, userExists, MODULE, allowAll, true, required);
        if (parsed instanceof FileSelection.Parsed.Failed failed) {
            return new FileSelection.Found.Failed(failed.error());
        }
        FileSelection selection = ((FileSelection.Parsed.Selected) parsed).selection();
        if (operands.hasNext()) {
            return new FileSelection.Found.Failed(CpMessage.INVALID_OPERAND.from(MODULE, operands.next()));
        }
        return switch (selection.resolve(manager, ownedBy(selection.owner()), MODULE)) {
            case FileSelection.Found.Files(List<SpoolFile> files) -> new FileSelection.Found.Files(idle(files));
            case FileSelection.Found.Failed failed -> failed;
        };
    }

    /**
     * TRANsfer [userid] {Reader|Printer|PUnch|ALL} {spoolid|CLass c|ALL} [To] {userid|*}: the files go
     * to the target's reader. TO * takes back files the issuer made that sit in other users' queues.
     */
    CommandResult transfer(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        FileSelection.Parsed parsed = FileSelection.parse(operands, session, userExists, MODULE, true, false, true);
        if (parsed instanceof FileSelection.Parsed.Failed failed) {
            return failed.error();
        }
        FileSelection selection = ((FileSelection.Parsed.Selected) parsed).selection();
        operands.nextIf("To");
        String token = operands.next();
        boolean reclaim = "*".equals(token);
        String target = reclaim ? session.userid() : Operands.userid(token);
        if (target == null) {
            return CpMessage.USERID_MISSING.from(MODULE);
        }
        if (!reclaim && !userExists.test(target)) {
            return CpMessage.NOT_IN_DIRECTORY.from(MODULE, target);
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
        }
        Predicate<SpoolFile> scope = reclaim && !selection.byOperator()
                ? f -> f.origin().equals(session.userid()) && !f.owner().equals(session.userid())
                : ownedBy(selection.owner());
        FileSelection.Found found = selection.resolve(manager, scope, MODULE);
        if (found instanceof FileSelection.Found.Failed failed) {
            return failed.error();
        }
        List<SpoolFile> moved = new ArrayList<>();
        List<CommandResult.Notice> notices = new ArrayList<>();
        for (SpoolFile file : idle(((FileSelection.Found.Files) found).files())) {
            moved.add(file.movedTo(target, SpoolQueue.READER, manager.nextSequence()));
            String what = String.format("%s FILE %04d TRANSFERRED", file.queue().code(), file.spoolId());
            if (!target.equals(session.userid())) {
                notices.add(new CommandResult.Notice(target, what + " FROM " + file.owner()));
            }
            if (!file.owner().equals(session.userid())) {
                notices.add(new CommandResult.Notice(file.owner(), what + " TO " + target));
            }
        }
        manager.update(moved);
        return new CommandResult.Ok(List.of(count(moved.size(), "TRANSFERRED")), notices);
    }

    /** ORder [userid] {Reader|Printer|PUnch} {spoolid|CLass c}...: those files first, in that order. */
    CommandResult order(SpoolSession session, String text) {
        return switch (idleFiles(session, text, false, true)) {
            case FileSelection.Found.Failed failed -> failed.error();
            case FileSelection.Found.Files(List<SpoolFile> files) -> putFirst(files);
        };
    }

    /** The files go to the front of their queue, in the order given. */
    private CommandResult putFirst(List<SpoolFile> files) {
        long first = manager.lowestSequence() - files.size();
        List<SpoolFile> ordered = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ordered.add(files.get(i).withSequence(first + i));
        }
        manager.update(ordered);
        return CommandResult.ok(count(ordered.size(), "ORDERED"));
    }

    /**
     * CHange [userid] {Reader|Printer|PUnch|ALL} {spoolid|CLass c|ALL} [CLass c] [COpy nn] [HOld|NOHold]
     * [NAme fn [ft]] [DIst d] [FORM f]. The operator's HOLD/NOHOLD on another user's files is system hold.
     */
    CommandResult change(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        FileSelection.Parsed parsed = FileSelection.parse(operands, session, userExists, MODULE, true, false, true);
        if (parsed instanceof FileSelection.Parsed.Failed failed) {
            return failed.error();
        }
        FileSelection selection = ((FileSelection.Parsed.Selected) parsed).selection();
        ChangeOperands change = ChangeOperands.parse(operands, MODULE);
        if (change.error() != null) {
            return change.error();
        }
        FileSelection.Found found = selection.resolve(manager, ownedBy(selection.owner()), MODULE);
        if (found instanceof FileSelection.Found.Failed failed) {
            return failed.error();
        }
        List<SpoolFile> changed = new ArrayList<>();
        for (SpoolFile file : idle(((FileSelection.Found.Files) found).files())) {
            changed.add(change.applyTo(file, selection.byOperator()));
        }
        manager.update(changed);
        return CommandResult.ok(count(changed.size(), "CHANGED"));
    }

    /**
     * HOLD / FREE {userid|ALL} [Printer|PUnch|ALL] (class D): the user's (or everyone's) printer and
     * punch files go into system hold or out of it: those waiting now, and those closed until FREE.
     */
    CommandResult holdOutput(String text, boolean hold) {
        Operands operands = new Operands(text);
        String who = operands.next();
        String user = "ALL".equals(who) ? null : Operands.userid(who);
        if (user == null && !"ALL".equals(who)) {
            return CpMessage.USERID_MISSING.from(MODULE);
        }
        if (user != null && !userExists.test(user)) {
            return CpMessage.NOT_IN_DIRECTORY.from(MODULE, user);
        }
        String which = operands.next();
        DeviceType type = which == null || "ALL".equals(which) ? null : DeviceOperand.keyword(which);
        if (which != null && !"ALL".equals(which) && type != DeviceType.PRT && type != DeviceType.PUN) {
            return CpMessage.INVALID_OPERAND.from(MODULE, which);
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
        }
        List<SpoolQueue> queues = type == null ? List.of(SpoolQueue.PRINTER, SpoolQueue.PUNCH)
                : List.of(type == DeviceType.PRT ? SpoolQueue.PRINTER : SpoolQueue.PUNCH);
        queues.forEach(queue -> manager.holdOutput(user, queue, hold));
        List<SpoolFile> changed = new ArrayList<>();
        for (SpoolFile file : idle(manager.files(f -> queues.contains(f.queue())
                && (user == null || f.owner().equals(user)) && f.systemHold() != hold))) {
            changed.add(file.withSystemHold(hold));
        }
        manager.update(changed);
        return CommandResult.ok(count(changed.size(), hold ? "HELD" : "FREED"));
    }

    private static Predicate<SpoolFile> ownedBy(String owner) {
        return f -> f.owner().equals(owner);
    }

    private List<SpoolFile> idle(List<SpoolFile> files) {
        List<SpoolFile> result = new ArrayList<>();
        for (SpoolFile file : files) {
            if (!manager.inUse(file.spoolId())) {
                result.add(file);
            }
        }
        return result;
    }

    /** {@code nnnn FILES verb} or {@code NO FILES verb}. */
    static String count(int files, String verb) {
        return files == 0 ? "NO FILES " + verb : String.format("%04d FILES %s", files, verb);
    }
}
