package vm370.cp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vm370.cp.vm.VirtualMachine;

/**
 * MESSAGE, MSGNOH, WARNING and SMSG: one line to another user's console (or to a program in a
 * service machine, for SMSG). A message arrives as its time, then {@code MSG FROM userid  :  text};
 * it is never saved: a user not logged on, disconnected or with SET MSG OFF does not get it.
 * @vm370 DMKMSG
 */
final class MessageCommands {

    private static final String MODULE = "DMKMSG";

    /** The kinds of message, each with its header and the SET option that refuses it. */
    private enum Kind { MSG, MSGNOH, WNG }

    private final Users users;
    private final TimeFormat time;
    private final Supplier<SpecialMessages> special;

    MessageCommands(Users users, TimeFormat time, Supplier<SpecialMessages> special) {
        this.users = users;
        this.time = time;
        this.special = special;
    }

    CommandResponse message(CommandEntry.Request request) {
        return send(request, Kind.MSG);
    }

    CommandResponse messageNoHeader(CommandEntry.Request request) {
        return send(request, Kind.MSGNOH);
    }

    CommandResponse warning(CommandEntry.Request request) {
        return send(request, Kind.WNG);
    }

    /** SMSG userid text: to the program the target runs for special messages. */
    CommandResponse specialMessage(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String target = operands.next();
        if (target == null) {
            return CpMessage.USERID_MISSING.from(MODULE);
        }
        String userid = users.resolve(target, request.machine());
        if (users.machine(userid).isEmpty()) {
            return CpMessage.NOT_LOGGED_ON.from(MODULE, userid);
        }
        if (!special.get().deliver(userid, request.userid(), operands.rest())) {
            return CpMessage.NOT_RECEIVING.from(MODULE, userid, "SMSG OFF");
        }
        return CommandResponse.ok();
    }

    private CommandResponse send(CommandEntry.Request request, Kind kind) {
        Tokens operands = request.operands();
        String target = operands.next();
        if (target == null) {
            return CpMessage.USERID_MISSING.from(MODULE);
        }
        String text = operands.rest();
        // MSG ALL and WNG ALL broadcast, for operators only; anyone else's ALL is a userid.
        if (target.equals("ALL") && request.hasClass("AB")) {
            for (VirtualMachine machine : users.all()) {
                if (refusal(machine, kind) == null) {
                    deliver(machine, kind, request.userid(), text);
                }
            }
            return CommandResponse.ok();
        }
        String userid = users.resolve(target, request.machine());
        VirtualMachine machine = users.machine(userid).orElse(null);
        if (machine == null) {
            return CpMessage.NOT_LOGGED_ON.from(MODULE, userid);
        }
        String refused = refusal(machine, kind);
        if (refused != null) {
            return CpMessage.NOT_RECEIVING.from(MODULE, userid, refused);
        }
        deliver(machine, kind, request.userid(), text);
        return CommandResponse.ok();
    }

    /** Why the target does not take this kind of message now, or null when it does. */
    private String refusal(VirtualMachine machine, Kind kind) {
        if (!machine.connected()) {
            return "DISCONNECTED";
        }
        UserSettings settings = users.settings(machine);
        return switch (kind) {
            case MSG, MSGNOH -> settings.messages() ? null : "MSG OFF";
            case WNG -> settings.warnings() ? null : "WNG OFF";
        };
    }

    private void deliver(VirtualMachine machine, Kind kind, String from, String text) {
        List<String> lines = new ArrayList<>(2);
        switch (kind) {
            case MSGNOH -> lines.add(text);
            case MSG, WNG -> {
                lines.add(time.clockTime());
                lines.add(String.format("%s FROM %-8s:  %s", kind.name(), from, text));
            }
        }
        lines.forEach(machine::consoleLine);
    }
}
