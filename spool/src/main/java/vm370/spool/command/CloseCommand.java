package vm370.spool.command;

import java.util.ArrayList;
import java.util.List;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.VirtualReader;
import vm370.spool.device.VirtualUnitRecordDevice;

/**
 * CLOSE {vaddr|Reader|Printer|PUnch} [HOld|NOHold] [PUrge] [Name fn [ft]] [DIst d]: ends the open
 * file of a device. A punch or printer file goes to its queue (CP tells where when it goes to a
 * reader, is held or has copies); a reader file is purged, or kept with HOLD. @vm370 DMKCSP
 */
final class CloseCommand {

    CommandResult execute(SpoolSession session, String text) {
        Operands operands = new Operands(text);
        DeviceOperand.Resolved resolved = DeviceOperand.take(operands, session, SpoolCommand.MODULE);
        if (resolved instanceof DeviceOperand.Resolved.Failed failed) {
            return failed.error();
        }
        CloseOptions.Hold hold = CloseOptions.Hold.AS_SPOOLED;
        boolean purge = false;
        String fileName = null;
        String fileType = null;
        String dist = null;
        while (operands.hasNext()) {
            String token = operands.peek();
            String option = operands.nextIf("HOld", "NOHold", "PUrge", "Name", "DIst");
            if (option == null) {
                return CpMessage.INVALID_OPERAND.from(SpoolCommand.MODULE, token);
            }
            switch (option) {
                case "HOld" -> hold = CloseOptions.Hold.HOLD;
                case "NOHold" -> hold = CloseOptions.Hold.NOHOLD;
                case "PUrge" -> purge = true;
                case "Name" -> {
                    fileName = operands.next();
                    if (fileName == null || fileName.length() > 8) {
                        return CpMessage.OPERAND_MISSING.from(SpoolCommand.MODULE);
                    }
                    String type = operands.peek();
                    if (type != null && type.length() <= 8 && !Operands.matches("HOld", type)
                            && !Operands.matches("NOHold", type) && !Operands.matches("PUrge", type)
                            && !Operands.matches("DIst", type)) {
                        fileType = operands.next();
                    }
                }
                default -> {
                    dist = operands.next();
                    if (dist == null || dist.length() > 8) {
                        return CpMessage.OPERAND_MISSING.from(SpoolCommand.MODULE);
                    }
                }
            }
        }
        CloseOptions options = new CloseOptions(hold, purge, fileName, fileType, dist);
        List<String> lines = new ArrayList<>();
        for (VirtualUnitRecordDevice device : ((DeviceOperand.Resolved.Devices) resolved).devices()) {
            switch (device) {
                case VirtualReader reader -> reader.close(hold, purge);
                case SpoolWriter writer -> {
                    if (writer.close(options) instanceof CloseResult.Closed closed && !closed.response().isEmpty()) {
                        lines.add(closed.response());
                    }
                }
            }
        }
        return CommandResult.ok(lines);
    }
}
