package vm370.spool.command;

import java.util.List;
import vm370.spool.device.VirtualUnitRecordDevice;
import vm370.spool.file.DeviceType;

/**
 * The device operand of SPOOL, CLOSE and TAG DEV: a virtual address, or READER/RDR, PRINTER/PRT,
 * PUNCH/PCH/PUN, CONSOLE/CONS for every device of that type. Yields the devices, or the error to give.
 */
final class DeviceOperand {

    private DeviceOperand() {
    }

    /** The type a device keyword names, or null. */
    static DeviceType keyword(String token) {
        if (Operands.matches("Reader", token) || "RDR".equals(token)) {
            return DeviceType.RDR;
        }
        if (Operands.matches("Printer", token) || "PRT".equals(token)) {
            return DeviceType.PRT;
        }
        if (Operands.matches("PUnch", token) || "PCH".equals(token) || "PUN".equals(token)) {
            return DeviceType.PUN;
        }
        if (Operands.matches("CONsole", token)) {
            return DeviceType.CON;
        }
        return null;
    }

    /** Resolved devices or an error. */
    sealed interface Resolved {
        record Devices(List<VirtualUnitRecordDevice> devices) implements Resolved {}
        record Failed(CommandResult.Error error) implements Resolved {}
    }

    /** Takes the device operand from {@code operands}. */
    static Resolved take(Operands operands, SpoolSession session, String module) {
        String token = operands.next();
        if (token == null) {
            return new Resolved.Failed(CpMessage.OPERAND_MISSING.from(module));
        }
        DeviceType type = keyword(token);
        if (type != null) {
            List<VirtualUnitRecordDevice> devices = session.devices().ofType(type);
            return devices.isEmpty()
                    ? new Resolved.Failed(CpMessage.DEVICE_DOES_NOT_EXIST.from(module, type.code()))
                    : new Resolved.Devices(devices);
        }
        int address = Operands.address(token);
        if (address < 0) {
            return new Resolved.Failed(CpMessage.INVALID_OPERAND.from(module, token));
        }
        VirtualUnitRecordDevice device = session.devices().at(address);
        return device == null
                ? new Resolved.Failed(CpMessage.DEVICE_DOES_NOT_EXIST.from(module, token))
                : new Resolved.Devices(List.of(device));
    }
}
