package vm370.cp.command;

import java.util.Optional;
import vm370.cp.dispatch.Dispatchable;
import vm370.cp.vm.VirtualMachine;

/**
 * The class A scheduling options of SET: {@code SET PRIORITY userid nn} (1-99, lower is served
 * first; VM/370's own) and {@code SET SHARE userid [RELATIVE] nnnnn} (1-10000, 100 normal; the
 * VM/SP HPO and z/VM form, for the dispatcher's processor shares). Both act at once on the
 * dispatcher's ordering of a logged-on machine and answer nothing, as SET does.
 * @vm370 DMKCFS
 */
final class SchedulingCommands {

    private static final String MODULE = "DMKCFS";

    private final Users users;

    SchedulingCommands(Users users) {
        this.users = users;
    }

    /** True for the SET options this class handles. */
    static boolean handles(String option) {
        return option.equals("PRIORITY") || option.equals("SHARE");
    }

    CommandResponse set(CommandEntry.Request request, String option, Tokens operands) {
        if (!request.hasClass("A")) {
            return CpMessage.INVALID_OPTION.from(MODULE, option);
        }
        String userid = operands.next();
        if (userid == null) {
            return CpMessage.USERID_MISSING.from(MODULE);
        }
        Optional<VirtualMachine> machine = users.machine(userid);
        if (machine.isEmpty()) {
            return CpMessage.NOT_LOGGED_ON.from(MODULE, userid);
        }
        if (option.equals("SHARE") && "RELATIVE".equals(operands.peek())) {
            operands.next();
        }
        String value = operands.next();
        int low = 1;
        int high = option.equals("PRIORITY") ? 99 : 10_000;
        if (value == null || !value.matches("\\d{1,5}") || operands.hasNext()) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        int number = Integer.parseInt(value);
        if (number < low || number > high) {
            return CpMessage.INVALID_OPERAND.from(MODULE, value);
        }
        Dispatchable dispatchable = machine.get().dispatchable();
        if (option.equals("PRIORITY")) {
            dispatchable.setPriority(number);
        } else {
            dispatchable.setShare(number);
        }
        return CommandResponse.ok();
    }
}
