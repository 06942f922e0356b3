package vm370.spool.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.spool.file.DeviceType;
import vm370.spool.host.FormsControlBuffer;
import vm370.spool.host.RealDevices;
import vm370.spool.host.RealPrinter;
import vm370.spool.host.RealUnitRecordDevice;

/**
 * The spooling operator's real-device commands: DRain {raddr|Reader|Printer|PUnch|ALL},
 * STart raddr [CLass abcd] [SEP|NOSEP], LOADBUF raddr FCB name, and QUERY raddr. DRAIN, START and
 * QUERY answer with the device's status line; LOADBUF answers nothing when it worked.
 * @vm370 DMKCSO
 */
final class RealDeviceCommands {

    private static final String MODULE = "DMKCSO";

    private final RealDevices devices;
    private final Runnable wake;

    RealDeviceCommands(RealDevices devices, Runnable wake) {
        this.devices = devices;
        this.wake = wake;
    }

    CommandResult drain(String text) {
        Operands operands = new Operands(text);
        List<RealUnitRecordDevice> selected = select(operands);
        if (selected == null) {
            return CpMessage.INVALID_OPERAND.from(MODULE, String.valueOf(operands.peek() == null ? "" : operands.peek()));
        }
        List<String> lines = new ArrayList<>();
        for (RealUnitRecordDevice device : selected) {
            device.drain();
            lines.add(device.status());
        }
        return CommandResult.ok(lines);
    }

    CommandResult start(String text) {
        Operands operands = new Operands(text);
        List<RealUnitRecordDevice> selected = select(operands);
        if (selected == null) {
            return CpMessage.INVALID_OPERAND.from(MODULE, String.valueOf(operands.peek() == null ? "" : operands.peek()));
        }
        String classes = null;
        Boolean separator = null;
        while (operands.hasNext()) {
            String token = operands.peek();
            String option = operands.nextIf("CLass", "SEP", "NOSEP");
            if (option == null) {
                return CpMessage.INVALID_OPERAND.from(MODULE, token);
            }
            if (option.equals("CLass")) {
                classes = operands.next();
                if (classes == null || classes.isEmpty() || classes.length() > 4
                        || !classes.chars().allMatch(c -> Operands.spoolClass(String.valueOf((char) c)) != '\0')) {
                    return CpMessage.CLASS_MISSING.from(MODULE);
                }
            } else {
                separator = option.equals("SEP");
            }
        }
        List<String> lines = new ArrayList<>();
        for (RealUnitRecordDevice device : selected) {
            device.start(classes, separator);
            lines.add(device.status());
        }
        wake.run();
        return CommandResult.ok(lines);
    }

    /** LOADBUF raddr FCB name: the forms control buffer of a real printer (UCS images are not kept: output is text). */
    CommandResult loadBuffer(String text) {
        Operands operands = new Operands(text);
        String token = operands.next();
        int address = token == null ? -1 : Operands.address(token);
        if (address < 0) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (!(devices.at(address) instanceof RealPrinter printer)) {
            return CpMessage.DEVICE_DOES_NOT_EXIST.from(MODULE, token);
        }
        String kind = operands.next();
        if (kind == null || !Operands.matches("Fcb", kind)) {
            return kind == null ? CpMessage.OPERAND_MISSING.from(MODULE) : CpMessage.INVALID_OPERAND.from(MODULE, kind);
        }
        String name = operands.next();
        if (name == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (operands.hasNext()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, operands.next());
        }
        Optional<FormsControlBuffer> image = FormsControlBuffer.named(name);
        if (image.isEmpty()) {
            return CpMessage.INVALID_OPERAND.from(MODULE, name);
        }
        printer.loadFcb(image.get());
        return CommandResult.ok(List.of());
    }

    /** QUERY raddr: the status line of a real device; null when no real device has that address. */
    CommandResult query(int address) {
        RealUnitRecordDevice device = devices.at(address);
        return device == null ? null : CommandResult.ok(device.status());
    }

    /** The devices named by the next operand; null when it names none. */
    private List<RealUnitRecordDevice> select(Operands operands) {
        String token = operands.peek();
        if ("ALL".equals(token)) {
            operands.next();
            return devices.ofType(null);
        }
        DeviceType type = DeviceOperand.keyword(token);
        if (type != null) {
            operands.next();
            return devices.ofType(type);
        }
        int address = Operands.address(token);
        RealUnitRecordDevice device = address < 0 ? null : devices.at(address);
        if (device == null) {
            return null;
        }
        operands.next();
        return List.of(device);
    }
}
