package vm370.cp.command;

import java.util.List;
import java.util.function.Function;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;
import vm370.spool.command.CommandResult;
import vm370.spool.command.SpoolCommands;
import vm370.spool.command.SpoolSession;
import vm370.spool.device.UnitRecordDevices;

/**
 * The spool commands (SPOOL, CLOSE, CHANGE, ORDER, PURGE, TRANSFER, TAG, QUERY RDR/PRT/PUN/FILES,
 * DRAIN, START), whose logic is the spool module's: CP supplies the user's session (class D makes
 * a spooling operator), tells other users what the command did to them, and honours SET IMSG.
 */
final class SpoolBridge {

    /** Their informational responses go when IMSG is OFF (VM/370 lists these). */
    private static final List<SpoolCommands.Verb> INFORMATIONAL = List.of(SpoolCommands.Verb.CHANGE,
            SpoolCommands.Verb.CLOSE, SpoolCommands.Verb.ORDER, SpoolCommands.Verb.PURGE, SpoolCommands.Verb.TRANSFER);

    private final ControlProgram cp;
    private final Function<VirtualMachine, UserSettings> settings;

    SpoolBridge(ControlProgram cp, Function<VirtualMachine, UserSettings> settings) {
        this.cp = cp;
        this.settings = settings;
    }

    CommandEntry entry(SpoolCommands.Verb verb, String syntax, String classes) {
        return new CommandEntry(syntax, classes, request -> run(request, verb));
    }

    boolean answersQuery(String operands) {
        return cp.spool().commands().answersQuery(operands);
    }

    CommandResponse run(CommandEntry.Request request, SpoolCommands.Verb verb) {
        String userid = request.userid();
        UnitRecordDevices devices = cp.unitRecordDevices(userid).orElseGet(() -> new UnitRecordDevices(userid));
        SpoolSession session = new SpoolSession(userid, request.hasClass("D"), devices);
        CommandResult result = cp.spool().commands().execute(session, verb, request.operands().remaining());
        return switch (result) {
            case CommandResult.Error error -> CommandResponse.failed(error.line(), error.returnCode());
            case CommandResult.Ok ok -> {
                ok.notices().forEach(n -> cp.machine(n.userid()).ifPresent(m -> m.consoleLine(n.text())));
                boolean quiet = INFORMATIONAL.contains(verb) && !settings.apply(request.machine()).informational();
                yield quiet ? CommandResponse.ok() : new CommandResponse(ok.lines(), 0);
            }
        };
    }
}
