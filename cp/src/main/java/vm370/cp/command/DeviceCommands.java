package vm370.cp.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vm370.cp.ControlProgram;
import vm370.cp.security.SecurityJournal;
import vm370.cp.vio.MinidiskLinks;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.LinkVerdict;
import vm370.directory.ResolvedDisk;
import vm370.directory.model.AccessMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.UnitRecordKind;
import vm370.s370.device.SwitchedDevice;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.line.TransmissionLine;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.VirtualReader;
import vm370.spool.device.VirtualUnitRecordDevice;

/**
 * LINK, DETACH and DEFINE: a user's virtual devices. LINK checks the directory's passwords, then
 * VM/370's rules against who holds the minidisk now; DETACH lets go of it (a spooled device's open
 * file is closed first); DEFINE adds spooled devices and readdresses one. SET IMSG OFF silences
 * the DEFINED and DETACHED responses, as in VM/370.
 * @vm370 DMKLNK
 */
final class DeviceCommands {

    private final ControlProgram cp;
    private final Function<VirtualMachine, UserSettings> settings;
    private final Supplier<SecurityJournal> journal;

    DeviceCommands(ControlProgram cp, Function<VirtualMachine, UserSettings> settings, Supplier<SecurityJournal> journal) {
        this.journal = journal;
        this.cp = cp;
        this.settings = settings;
    }

    /** LINK [TO] userid vaddr1 [AS] vaddr2 [mode] [PASS= password]. */
    CommandResponse link(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String owner = operands.next();
        if ("TO".equals(owner)) {
            owner = operands.next();
        }
        if (owner == null) {
            return CpMessage.USERID_MISSING.from("DMKLNK");
        }
        owner = owner.equals("*") ? request.userid() : owner;
        int ownerAddress = Tokens.address(operands.next());
        String as = operands.next();
        int vaddr = Tokens.address("AS".equals(as) ? operands.next() : as);
        if (ownerAddress < 0 || vaddr < 0) {
            return CpMessage.VADDR_MISSING.from("DMKLNK");
        }
        AccessMode mode = AccessMode.R;
        String password = "";
        for (String word = operands.next(); word != null; word = operands.next()) {
            Optional<AccessMode> named = AccessMode.parse(word);
            if (named.isPresent()) {
                mode = named.get();
            } else if (word.startsWith("PASS=")) {
                password = word.length() > 5 ? word.substring(5) : Optional.ofNullable(operands.next()).orElse("");
            } else {
                return CpMessage.INVALID_OPTION.from("DMKLNK", word);
            }
        }
        String notLinked = String.format("%s %03X NOT LINKED; ", owner, ownerAddress);
        VirtualMachine machine = request.machine();
        if (machine.devices().containsKey(vaddr)) {
            return CommandResponse.failed(String.format("DMKLNK110E %sDASD %03X ALREADY DEFINED", notLinked, vaddr), 110);
        }
        LinkVerdict verdict = cp.directory().verifyLink(request.userid(), owner, ownerAddress, mode, password.toCharArray());
        if (!password.isEmpty()) {
            journal.get().record(SecurityJournal.Event.LINK_PASSWORD, request.userid(),
                    String.format("%s %03X %s %s", owner, ownerAddress, mode, verdict));
        }
        switch (verdict) {
            case PERMITTED -> { }
            case PASSWORD_INCORRECT -> {
                return CpMessage.PASSWORD_INCORRECT.from("DMKLNK");
            }
            case NOT_PERMITTED -> {
                return CommandResponse.failed("DMKLNK118E " + notLinked + "NO " + mode.level() + " PASSWORD", 118);
            }
            case NO_SUCH_USER -> {
                return CommandResponse.failed("DMKLNK107E " + notLinked + "NOT IN CP DIRECTORY", 107);
            }
            case NO_SUCH_DISK -> {
                return CommandResponse.failed(String.format("DMKLNK111E %sDASD %03X NOT IN CP DIRECTORY", notLinked, ownerAddress), 111);
            }
        }
        Optional<ResolvedDisk> disk = cp.directory().disks(owner).stream()
                .filter(d -> !d.linked() && d.vaddr() == ownerAddress).findFirst();
        if (disk.isEmpty()) {
            return CommandResponse.failed(String.format("DMKLNK111E %sDASD %03X NOT IN CP DIRECTORY", notLinked, ownerAddress), 111);
        }
        List<MinidiskLinks.Holder> before = cp.links().holders(disk.get().extent());
        MinidiskLinks.Grant grant = cp.links().link(request.userid(), vaddr, owner, ownerAddress, disk.get().extent(), mode);
        return switch (grant) {
            case MinidiskLinks.Grant.Refused refused -> CommandResponse.failed(refused.message(), messageNumber(refused.message()));
            case MinidiskLinks.Grant.Granted granted -> attach(machine, vaddr, disk.get(), granted, before);
        };
    }

    private CommandResponse attach(VirtualMachine machine, int vaddr, ResolvedDisk disk, MinidiskLinks.Grant.Granted granted,
                                   List<MinidiskLinks.Holder> before) {
        try {
            cp.attachMinidisk(machine, vaddr, disk.extent(), !granted.write());
        } catch (IOException e) {
            return CommandResponse.failed(String.format("DMKLNK108E %s %03X NOT LINKED; VOLID %s NOT MOUNTED",
                    disk.owner(), disk.ownerAddress(), disk.extent().volume().volser()), 108);
        }
        if (!granted.warning().isEmpty()) {
            return new CommandResponse(List.of(granted.warning()), messageNumber(granted.warning()));
        }
        return CommandResponse.ok(String.format("DASD %03X LINKED %s%s", vaddr, granted.write() ? "R/W" : "R/O",
                heldBy(before, machine.userid(), vaddr)));
    }

    /** {@code ;R/W BY USER1 ;R/O BY 2 USERS}: who else has the disk, when anyone does. */
    private static String heldBy(List<MinidiskLinks.Holder> holders, String userid, int vaddr) {
        List<MinidiskLinks.Holder> others = holders.stream().filter(h -> !(h.userid().equals(userid) && h.vaddr() == vaddr)).toList();
        List<String> parts = new ArrayList<>();
        for (boolean write : new boolean[] {true, false}) {
            List<String> who = others.stream().filter(h -> h.write() == write).map(MinidiskLinks.Holder::userid).distinct().toList();
            if (!who.isEmpty()) {
                parts.add((write ? "R/W BY " : "R/O BY ") + (who.size() == 1 ? who.getFirst() : who.size() + " USERS"));
            }
        }
        return parts.isEmpty() ? "" : ";" + String.join(" ;", parts);
    }

    private static int messageNumber(String message) {
        return Integer.parseInt(message.substring(6, 9));
    }

    /** DETACH vaddr...: each device goes; spooled devices' open files are closed, the rest is CP's (ControlProgram.detach). */
    CommandResponse detach(CommandEntry.Request request) {
        Tokens operands = request.operands();
        if (!operands.hasNext()) {
            return CpMessage.VADDR_MISSING.from("DMKVDD");
        }
        VirtualMachine machine = request.machine();
        List<String> lines = new ArrayList<>();
        for (String word = operands.next(); word != null; word = operands.next()) {
            int vaddr = Tokens.address(word);
            if (vaddr < 0) {
                return CpMessage.VADDR_MISSING.from("DMKVDD");
            }
            String spooled = detachSpooled(machine, vaddr);
            if (spooled != null) {
                lines.add(String.format("%s %03X DETACHED", spooled, vaddr));
                continue;
            }
            // Minidisks, T-disks and CTCAs: CP lets go of the link, frees the space, drops the coupling.
            CommandResponse detached = cp.detach(machine, vaddr);
            if (detached.returnCode() != 0) {
                return detached;
            }
            lines.addAll(detached.lines());
        }
        return informational(machine, lines);
    }

    /** Detaches a spooled reader, punch or printer, closing its open file; its type (RDR, PUN, PRT), or null when it is not one. */
    private String detachSpooled(VirtualMachine machine, int vaddr) {
        VirtualUnitRecordDevice spooled = cp.unitRecordDevices(machine.userid()).map(d -> d.remove(vaddr)).orElse(null);
        if (spooled == null) {
            return null;
        }
        switch (spooled) {
            case VirtualReader reader -> reader.release();
            case SpoolWriter writer -> writer.close(CloseOptions.PLAIN);
        }
        machine.detach(vaddr);
        return spooled.type().name();
    }

    /** DEFINE Tdddd vaddr [CYL|BLK] n: a temporary disk from CP's T-disk space, cleared. */
    private CommandResponse defineTemporaryDisk(VirtualMachine machine, String type, Tokens operands) {
        int vaddr = Tokens.address(operands.next());
        if (vaddr < 0) {
            return CpMessage.VADDR_MISSING.from("DMKDEF");
        }
        String unit = operands.next();
        String count = unit != null && (unit.equals("CYL") || unit.equals("BLK")) ? operands.next() : unit;
        if (count == null || !count.matches("\\d{1,7}")) {
            return CpMessage.OPERAND_MISSING.from("DMKDEF");
        }
        return cp.defineTemporaryDisk(machine, vaddr, type, Integer.parseInt(count));
    }

    /** COUPLE vaddr [TO] userid vaddr: connects a virtual channel-to-channel adapter to another user's. */
    CommandResponse couple(CommandEntry.Request request) {
        Tokens operands = request.operands();
        int vaddr = Tokens.address(operands.next());
        String word = operands.next();
        String userid = "TO".equals(word) ? operands.next() : word;
        int otherAddress = Tokens.address(operands.next());
        if (vaddr < 0 || userid == null || otherAddress < 0) {
            return CpMessage.OPERAND_MISSING.from("DMKDIA");
        }
        Optional<VirtualMachine> other = cp.machine(userid);
        if (other.isEmpty()) {
            return CommandResponse.failed(String.format("DMKDIA045E %s NOT LOGGED ON", userid), 45);
        }
        return cp.couple(request.machine(), vaddr, other.get(), otherAddress);
    }

    /** DEFINE STORAGE size, DEFINE {READER|PUNCH|PRINTER|CTCA|GRAF|LINE} vaddr, DEFINE vaddr1 AS vaddr2, DEFINE Tdddd vaddr CYL n. */
    CommandResponse define(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String what = operands.next();
        if (what == null) {
            return CpMessage.OPERAND_MISSING.from("DMKDEF");
        }
        VirtualMachine machine = request.machine();
        if (Tokens.abbreviates(what, "STORage")) {
            return DefineStorage.define(cp, machine, operands);
        }
        if (what.matches("T\\d{4}|TDISK")) {
            return defineTemporaryDisk(machine, what, operands);
        }
        if (what.equals("CTCA") || what.equals("CTC")) {
            int vaddr = Tokens.address(operands.next());
            return vaddr < 0 ? CpMessage.VADDR_MISSING.from("DMKDEF") : cp.defineChannelToChannelAdapter(machine, vaddr);
        }
        if (what.equals("GRAF") || what.equals("3270")) {
            return defineTerminalDevice(machine, Tokens.address(operands.next()), "GRAF", () -> new Display3270("3278"));
        }
        if (what.equals("LINE") || what.matches("270[123]")) {
            String model = what.equals("LINE") ? "2703" : what;
            return defineTerminalDevice(machine, Tokens.address(operands.next()), "LINE", () -> new TransmissionLine(model));
        }
        Optional<UnitRecordKind> kind = UnitRecordKind.parse(what);
        if (kind.isPresent()) {
            int vaddr = Tokens.address(operands.next());
            if (vaddr < 0) {
                return CpMessage.VADDR_MISSING.from("DMKDEF");
            }
            if (machine.devices().containsKey(vaddr)) {
                return alreadyDefined(vaddr);
            }
            return informational(machine, List.of(defineSpooled(machine, kind.get(), vaddr)));
        }
        int from = Tokens.address(what);
        if (from < 0) {
            return CpMessage.INVALID_OPTION.from("DMKDEF", what);
        }
        String as = operands.next();
        int to = Tokens.address("AS".equals(as) ? operands.next() : as);
        if (to < 0) {
            return CpMessage.VADDR_MISSING.from("DMKDEF");
        }
        return readdress(machine, from, to);
    }

    /** DEFINE vaddr1 AS vaddr2 for a minidisk: the hold moves with it, read/write as it was. */
    private CommandResponse readdress(VirtualMachine machine, int from, int to) {
        if (!machine.devices().containsKey(from)) {
            return CpMessage.DEVICE_DOES_NOT_EXIST.from("DMKDEF", String.format("%03X", from));
        }
        if (machine.devices().containsKey(to)) {
            return alreadyDefined(to);
        }
        VirtualUnitRecordDevice spooled = cp.unitRecordDevices(machine.userid()).map(d -> d.at(from)).orElse(null);
        if (spooled != null) {
            detachSpooled(machine, from);
            UnitRecordKind kind = switch (spooled) {
                case VirtualReader reader -> UnitRecordKind.READER;
                case SpoolWriter writer -> writer.type().name().equals("PRT") ? UnitRecordKind.PRINTER : UnitRecordKind.PUNCH;
            };
            return informational(machine, List.of(defineSpooled(machine, kind, to)));
        }
        var extent = cp.minidisks(machine.userid()).get(from);
        if (extent == null) {
            machine.attach(to, machine.devices().get(from));
            machine.detach(from);
            return informational(machine, List.of(String.format("DEV %03X DEFINED", to)));
        }
        boolean write = cp.links().holders(extent).stream()
                .anyMatch(h -> h.userid().equals(machine.userid()) && h.vaddr() == from && h.write());
        cp.detachMinidisk(machine, from);
        cp.links().link(machine.userid(), to, machine.userid(), from, extent, write ? AccessMode.MW : AccessMode.RR);
        try {
            cp.attachMinidisk(machine, to, extent, !write);
        } catch (IOException e) {
            return CommandResponse.failed(String.format("DMKDEF108E DASD %03X NOT DEFINED; VOLID %s NOT MOUNTED",
                    to, extent.volume().volser()), 108);
        }
        return informational(machine, List.of(String.format("DASD %03X DEFINED", to)));
    }

    /** A new spooled device with the defaults of SPOOL (reader class *, punch and printer class A); its response line. */
    private String defineSpooled(VirtualMachine machine, UnitRecordKind kind, int vaddr) {
        String deviceType = kind == UnitRecordKind.PRINTER ? "1403" : "2540";
        cp.defineUnitRecord(machine, new EntryStatement.Spool(vaddr, deviceType, kind, kind == UnitRecordKind.READER ? '*' : 'A'));
        String type = cp.unitRecordDevices(machine.userid()).orElseThrow().at(vaddr).type().name();
        return String.format("%s %03X DEFINED", type, vaddr);
    }

    /**
     * RESET vaddr: the device's pending sense is cleared; a terminal DIALed to a display or a line
     * is dropped (HELP DIAL: the way the owner of the line ends the connection).
     */
    CommandResponse reset(CommandEntry.Request request) {
        int vaddr = Tokens.address(request.operands().next());
        if (vaddr < 0) {
            return CpMessage.VADDR_MISSING.from("DMKCFD");
        }
        VirtualMachine machine = request.machine();
        boolean found = machine.call(() -> {
            var device = machine.devices().get(vaddr);
            if (device == null) {
                return false;
            }
            device.reset();
            if (device instanceof SwitchedDevice switched) {
                switched.release();
            }
            return true;
        });
        return found ? CommandResponse.ok() : CpMessage.DEVICE_DOES_NOT_EXIST.from("DMKCFD", String.format("%03X", vaddr));
    }

    /**
     * DEFINE GRAF vaddr (a local 3278 with no screen yet) or DEFINE LINE vaddr (a 2703 line, or the
     * 2701/2702 named): a device for a terminal to DIAL to.
     */
    private CommandResponse defineTerminalDevice(VirtualMachine machine, int vaddr, String type,
                                                 Supplier<SwitchedDevice> device) {
        if (vaddr < 0) {
            return CpMessage.VADDR_MISSING.from("DMKDEF");
        }
        boolean defined = machine.call(() -> {
            if (machine.devices().containsKey(vaddr)) {
                return false;
            }
            machine.attach(vaddr, device.get());
            return true;
        });
        return defined ? informational(machine, List.of(String.format("%s %03X DEFINED", type, vaddr))) : alreadyDefined(vaddr);
    }

    private static CommandResponse alreadyDefined(int vaddr) {
        return CommandResponse.failed(String.format("DMKDEF092E DEV %03X ALREADY DEFINED", vaddr), 92);
    }

    private CommandResponse informational(VirtualMachine machine, List<String> lines) {
        return settings.apply(machine).informational() ? new CommandResponse(lines, 0) : CommandResponse.ok();
    }
}
