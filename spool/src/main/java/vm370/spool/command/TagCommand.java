package vm370.spool.command;

import java.util.List;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.VirtualUnitRecordDevice;
import vm370.spool.file.SpoolFile;
import vm370.spool.queue.SpoolManager;

/**
 * TAG DEV {vaddr|PUnch|Printer} [text], TAG FILE spoolid [text], TAG QUERY {DEV vaddr|FILE spoolid}:
 * the routing text (up to 136 characters, case kept) that RSCS reads; CP never interprets it.
 */
final class TagCommand {

    private static final String MODULE = "DMKTAG";

    private final SpoolManager manager;

    TagCommand(SpoolManager manager) {
        this.manager = manager;
    }

    CommandResult execute(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        boolean query = operands.nextIf("QUery") != null;
        String what = operands.nextIf("DEV", "FILE");
        if (what == null) {
            return operands.hasNext() ? CpMessage.INVALID_OPERAND.from(MODULE, operands.next())
                    : CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (what.equals("FILE")) {
            String token = operands.next();
            int id = Operands.spoolId(token);
            if (id < 0) {
                return CpMessage.SPOOLID_MISSING.from(MODULE);
            }
            SpoolFile file = manager.file(id);
            if (file == null || !mayTag(session, file)) {
                return CpMessage.SPOOLID_DOES_NOT_EXIST.from(MODULE, String.format("%04d", id));
            }
            if (query) {
                return CommandResult.ok(file.tag());
            }
            manager.update(List.of(file.withTag(limit(operands.rest()))));
            return CommandResult.ok();
        }
        DeviceOperand.Resolved resolved = DeviceOperand.take(operands, session, MODULE);
        if (resolved instanceof DeviceOperand.Resolved.Failed failed) {
            return failed.error();
        }
        VirtualUnitRecordDevice device = ((DeviceOperand.Resolved.Devices) resolved).devices().getFirst();
        if (!(device instanceof SpoolWriter writer)) {
            return CpMessage.NOT_SPOOLED_DEVICE.from(MODULE, VirtualUnitRecordDevice.formatAddress(device.address()));
        }
        if (query) {
            return CommandResult.ok(writer.tag());
        }
        writer.setTag(limit(operands.rest()));
        return CommandResult.ok();
    }

    private static boolean mayTag(SpoolSession session, SpoolFile file) {
        return session.spoolingOperator() || file.owner().equals(session.userid()) || file.origin().equals(session.userid());
    }

    private static String limit(String text) {
        return text.length() > SpoolFile.MAX_TAG ? text.substring(0, SpoolFile.MAX_TAG) : text;
    }
}
