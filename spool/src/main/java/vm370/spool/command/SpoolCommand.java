package vm370.spool.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.ConsoleSpool;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.VirtualReader;
import vm370.spool.device.VirtualUnitRecordDevice;

/**
 * SPOOL: sets a reader's (CLASS, CONT, HOLD, EOF) or a punch's, printer's or console's (CLASS, CONT,
 * HOLD, COPY, TO/OFF/FOR, FORM, DIST, VM/SP's KEEP and MSG, for the console START and STOP; then
 * CLOSE or PURGE) options. Every operand is checked before any
 * is applied, so a bad one changes nothing. @vm370 DMKCSP
 */
final class SpoolCommand {

    static final String MODULE = "DMKCSP";

    private final Predicate<String> userExists;

    SpoolCommand(Predicate<String> userExists) {
        this.userExists = userExists;
    }

    CommandResult execute(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        DeviceOperand.Resolved resolved = DeviceOperand.take(operands, session, MODULE);
        if (resolved instanceof DeviceOperand.Resolved.Failed failed) {
            return failed.error();
        }
        List<VirtualUnitRecordDevice> devices = ((DeviceOperand.Resolved.Devices) resolved).devices();
        boolean reader = devices.getFirst() instanceof VirtualReader;
        boolean console = devices.getFirst() instanceof ConsoleSpool;
        List<Consumer<VirtualUnitRecordDevice>> settings = new ArrayList<>();
        String closing = null;
        while (operands.hasNext()) {
            String token = operands.peek();
            CommandResult.Error error = reader ? readerOption(operands, settings)
                    : console ? consoleOption(operands, settings) : null;
            if (error == null && operands.peek() == token && !reader) {
                error = writerOption(operands, session, settings);
            }
            if (error != null) {
                return error;
            }
            if (operands.peek() == token) {
                String last = operands.nextIf("CLOse", "PUrge");
                if (last == null || reader) {
                    return CpMessage.INVALID_OPERAND.from(MODULE, token);
                }
                closing = last;
                if (operands.hasNext()) {
                    return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (VirtualUnitRecordDevice device : devices) {
            settings.forEach(setting -> setting.accept(device));
            if (closing != null && device instanceof SpoolWriter writer) {
                CloseOptions options = closing.equals("PUrge")
                        ? new CloseOptions(CloseOptions.Hold.AS_SPOOLED, true, null, null, null) : CloseOptions.PLAIN;
                if (writer.close(options) instanceof CloseResult.Closed closed && !closed.response().isEmpty()) {
                    lines.add(closed.response());
                }
            }
        }
        return CommandResult.ok(lines);
    }

    /** SPOOL CONSOLE START / STOP; null when fine (or when the token is neither). */
    private static CommandResult.Error consoleOption(Operands operands, List<Consumer<VirtualUnitRecordDevice>> settings) {
        String option = operands.nextIf("STArt", "STOp");
        if (option != null) {
            settings.add(d -> ((ConsoleSpool) d).setStarted(option.equals("STArt")));
        }
        return null;
    }

    /** Takes one reader option; null when fine (or when the token is not an option here). */
    private static CommandResult.Error readerOption(Operands operands, List<Consumer<VirtualUnitRecordDevice>> settings) {
        String option = operands.nextIf("CLass", "CONt", "NOCont", "HOld", "NOHold", "EOF", "NOEof");
        if (option == null) {
            return null;
        }
        switch (option) {
            case "CLass" -> {
                String token = operands.next();
                char c = "*".equals(token) ? '*' : Operands.spoolClass(token);
                if (c == '\0') {
                    return CpMessage.CLASS_MISSING.from(MODULE);
                }
                settings.add(d -> ((VirtualReader) d).setSpoolClass(c));
            }
            case "CONt", "NOCont" -> settings.add(d -> ((VirtualReader) d).setContinuous(option.equals("CONt")));
            case "HOld", "NOHold" -> settings.add(d -> ((VirtualReader) d).setHold(option.equals("HOld")));
            default -> settings.add(d -> ((VirtualReader) d).setEndOfFile(option.equals("EOF")));
        }
        return null;
    }

    /** Takes one punch/printer option; null when fine (or when the token is not an option here). */
    private CommandResult.Error writerOption(Operands operands, SpoolSession session,
                                             List<Consumer<VirtualUnitRecordDevice>> settings) {
        String option = operands.nextIf("CLass", "CONt", "NOCont", "HOld", "NOHold", "COpy", "OFF", "To", "FOR",
                "FORM", "DIst", "KEep", "NOKeep", "MSG", "NOMsg");
        if (option == null) {
            return null;
        }
        switch (option) {
            case "CLass" -> {
                char c = Operands.spoolClass(operands.next());
                if (c == '\0') {
                    return CpMessage.CLASS_MISSING.from(MODULE);
                }
                settings.add(d -> ((SpoolWriter) d).setSpoolClass(c));
            }
            case "CONt", "NOCont" -> settings.add(d -> ((SpoolWriter) d).setContinuous(option.equals("CONt")));
            case "HOld", "NOHold" -> settings.add(d -> ((SpoolWriter) d).setHold(option.equals("HOld")));
            case "COpy" -> {
                int copies = copies(operands.next());
                if (copies < 0) {
                    return CpMessage.COPIES_INVALID.from(MODULE);
                }
                settings.add(d -> ((SpoolWriter) d).setCopies(copies));
            }
            case "OFF" -> settings.add(d -> ((SpoolWriter) d).setTo(null));
            case "KEep", "NOKeep" -> settings.add(d -> ((SpoolWriter) d).setKeep(option.equals("KEep")));
            case "MSG", "NOMsg" -> settings.add(d -> ((SpoolWriter) d).setMessage(option.equals("MSG")));
            case "To", "FOR" -> {
                String token = operands.next();
                String user = "*".equals(token) ? session.userid() : Operands.userid(token);
                if (user == null) {
                    return CpMessage.USERID_MISSING.from(MODULE);
                }
                if ("SYSTEM".equals(user) && option.equals("To")) {
                    settings.add(d -> ((SpoolWriter) d).setTo(null));
                    return null;
                }
                if (!userExists.test(user)) {
                    return CpMessage.NOT_IN_DIRECTORY.from(MODULE, user);
                }
                settings.add(option.equals("To") ? d -> ((SpoolWriter) d).setTo(user) : d -> ((SpoolWriter) d).setFor(user));
            }
            case "FORM" -> {
                String form = operands.next();
                if (form == null || form.length() > 8) {
                    return CpMessage.OPERAND_MISSING.from(MODULE);
                }
                settings.add(d -> ((SpoolWriter) d).setForm(form));
            }
            default -> {
                String dist = operands.next();
                if (dist == null || dist.length() > 8) {
                    return CpMessage.OPERAND_MISSING.from(MODULE);
                }
                settings.add(d -> ((SpoolWriter) d).setDist(dist));
            }
        }
        return null;
    }

    /** COPY nn: 1-99, or -1. */
    static int copies(String token) {
        if (token == null || token.isEmpty() || token.length() > 2 || !token.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int copies = Integer.parseInt(token);
        return copies >= 1 ? copies : -1;
    }
}
