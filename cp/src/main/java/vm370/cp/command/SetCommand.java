package vm370.cp.command;

import java.util.function.Function;
import vm370.cp.vm.VirtualMachine;

/**
 * SET, the class G options of one's own virtual machine: MSG, WNG, EMSG, IMSG, RUN, SMSG and the
 * program function keys (the class A scheduling options are {@link SchedulingCommands}). Like
 * VM/370, a SET that works answers nothing.
 * @vm370 DMKCFS
 */
final class SetCommand {

    private static final String MODULE = "DMKCFS";

    private final Function<VirtualMachine, UserSettings> settings;
    private final SchedulingCommands scheduling;
    private final java.util.function.Supplier<java.util.List<CommandEntry>> added;

    SetCommand(Function<VirtualMachine, UserSettings> settings, SchedulingCommands scheduling,
               java.util.function.Supplier<java.util.List<CommandEntry>> added) {
        this.added = added;
        this.settings = settings;
        this.scheduling = scheduling;
    }

    CommandResponse set(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String option = operands.next();
        if (option == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (SchedulingCommands.handles(option)) {
            return scheduling.set(request, option, operands);
        }
        CommandResponse other = CommandEntry.runAdded(added.get(), option, request,
                CpMessage.INVALID_OPTION.from(MODULE, option));
        if (other != null) {
            return other;
        }
        UserSettings user = settings.apply(request.machine());
        if (option.matches("PF\\d{1,2}")) {
            return functionKey(user, option, operands);
        }
        String value = operands.next();
        if (value == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPTION.from(MODULE, operands.next());
        }
        if (option.equals("EMSG")) {
            for (UserSettings.ErrorMessages mode : UserSettings.ErrorMessages.values()) {
                if (mode.name().equals(value)) {
                    user.setErrorMessages(mode);
                    request.machine().setMessageEditing(vm370.cp.vm.MessageEditing.valueOf(mode.name()));
                    return CommandResponse.ok();
                }
            }
            return CpMessage.INVALID_OPTION.from(MODULE, value);
        }
        Boolean on = value.equals("ON") ? Boolean.TRUE : value.equals("OFF") ? Boolean.FALSE : null;
        if (on == null) {
            return CpMessage.INVALID_OPTION.from(MODULE, value);
        }
        switch (option) {
            case "MSG" -> user.setMessages(on);
            case "WNG" -> user.setWarnings(on);
            case "IMSG" -> user.setInformational(on);
            case "RUN" -> user.setRun(on);
            case "SMSG" -> request.machine().specialMessages().setAccepting(on);
            default -> {
                return CpMessage.INVALID_OPTION.from(MODULE, option);
            }
        }
        return CommandResponse.ok();
    }

    /** SET PFnn [IMMED|DELAYED] [text]: no text undefines the key; DELAYED is the default. */
    private static CommandResponse functionKey(UserSettings user, String option, Tokens operands) {
        int number = Integer.parseInt(option.substring(2));
        if (number < 1 || number > 24) {
            return CpMessage.INVALID_OPTION.from(MODULE, option);
        }
        String first = operands.peek();
        boolean immediate = "IMMED".equals(first);
        if (immediate || "DELAYED".equals(first)) {
            operands.next();
        }
        String text = operands.rest().strip();
        user.setKey(number, text.isEmpty() ? null : new UserSettings.FunctionKey(immediate, text));
        return CommandResponse.ok();
    }
}
