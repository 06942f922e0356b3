package vm370.cp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import vm370.cp.ControlProgram;
import vm370.cp.vio.MinidiskLinks;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.model.Extent;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.spool.device.ConsoleSpool;
import vm370.spool.device.UnitRecordDevices;
import vm370.spool.device.VirtualUnitRecordDevice;

/**
 * QUERY: the class G forms about oneself, the system and other users, the class B forms about
 * real resources, and the spool forms handed to the spool module. An operand QUERY does not know,
 * or one above the user's class, is taken as a userid, as VM/370 does ({@code DASD NOT LOGGED ON}).
 * @vm370 DMKCQG
 */
final class QueryCommand {

    private static final String MODULE = "DMKCQG";
    /** QUERY NAMES puts this many users on a line. */
    private static final int NAMES_PER_LINE = 4;

    private final ControlProgram cp;
    private final Users users;
    private final SpoolBridge spool;
    private final TimeFormat time;
    private final String iplStamp;
    private final java.util.function.Supplier<List<CommandEntry>> added;
    private final IntSupplier dialed;

    QueryCommand(ControlProgram cp, Users users, SpoolBridge spool, TimeFormat time,
                 java.util.function.Supplier<List<CommandEntry>> added, IntSupplier dialed) {
        this.added = added;
        this.dialed = dialed;
        this.cp = cp;
        this.users = users;
        this.spool = spool;
        this.time = time;
        this.iplStamp = time.stamp();
    }

    CommandResponse query(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String what = operands.peek();
        if (what == null) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (spool.answersQuery(operands.remaining())) {
            return spool.run(request, vm370.spool.command.SpoolCommands.Verb.QUERY);
        }
        operands.next();
        VirtualMachine machine = request.machine();
        if (Tokens.abbreviates(what, "Time")) {
            return CommandResponse.ok("TIME IS " + time.stamp(),
                    TimeFormat.accounting(machine.connectTime(), machine.dispatchable().cpuNanos()));
        }
        if (what.equals("USERID")) {
            return CommandResponse.ok(machine.userid() + " AT " + cp.config().systemName());
        }
        if (Tokens.abbreviates(what, "Names")) {
            return names();
        }
        if (Tokens.abbreviates(what, "USERS") && operands.hasNext()) {
            return user(operands.next());
        }
        if (Tokens.abbreviates(what, "USERS")) {
            return CommandResponse.ok(String.format("%03d USERS, %03d DIALED", users.all().size(), dialed.getAsInt()));
        }
        if (Tokens.abbreviates(what, "Virtual")) {
            return virtual(machine, operands);
        }
        if (what.equals("LINKS")) {
            return links(machine, operands.next());
        }
        if (Tokens.abbreviates(what, "PRIVclass")) {
            return CommandResponse.ok("PRIV = " + request.classes());
        }
        if (what.equals("CPLEVEL")) {
            return CommandResponse.ok("VM/370 Release 6 on " + cp.config().systemName(), "IPL AT " + iplStamp);
        }
        if (Tokens.abbreviates(what, "LOGmsg")) {
            return new CommandResponse(cp.logonMessage(), 0);
        }
        if (what.equals("SET")) {
            return set(users.settings(machine));
        }
        if (what.matches("PF\\d{1,2}")) {
            return functionKey(users.settings(machine), Integer.parseInt(what.substring(2)));
        }
        if (request.hasClass("B") && Tokens.abbreviates(what, "STorage")) {
            return CommandResponse.ok(String.format("STORAGE = %05dK", cp.config().realStorage() / 1024));
        }
        if (request.hasClass("B") && what.equals("DASD")) {
            return realDasd();
        }
        CommandResponse other = CommandEntry.runAdded(added.get(), what, request, null);
        return other != null ? other : user(what);
    }

    private CommandResponse names() {
        List<String> entries = users.all().stream()
                .map(m -> String.format("%-8s - %s", m.userid(), users.terminal(m))).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += NAMES_PER_LINE) {
            lines.add(String.join(", ", entries.subList(i, Math.min(entries.size(), i + NAMES_PER_LINE))));
        }
        return new CommandResponse(lines, 0);
    }

    private CommandResponse user(String userid) {
        return users.machine(userid)
                .map(m -> CommandResponse.ok(String.format("%-8s - %s", m.userid(), users.terminal(m))))
                .orElseGet(() -> CpMessage.NOT_LOGGED_ON.from(MODULE, userid));
    }

    private CommandResponse virtual(VirtualMachine machine, Tokens operands) {
        String which = operands.hasNext() ? operands.next() : "ALL";
        List<String> lines = new ArrayList<>();
        boolean all = which.equals("ALL");
        if (all || Tokens.abbreviates(which, "STORage")) {
            lines.add(String.format("STORAGE = %05dK", machine.storage().storage().size() / 1024));
        }
        if (all || which.equals("UR")) {
            unitRecord(machine).forEach(device -> lines.addAll(describe(device)));
        }
        if (all || which.equals("DASD")) {
            dasd(machine).values().forEach(lines::add);
        }
        if (all || Tokens.abbreviates(which, "CONSole")) {
            lines.addAll(console(machine));
        }
        if (!lines.isEmpty() || all || which.equals("UR") || which.equals("DASD")) {
            return new CommandResponse(lines, 0);
        }
        int address = Tokens.address(which);
        if (address < 0) {
            return CpMessage.INVALID_OPTION.from(MODULE, which);
        }
        return device(machine, address);
    }

    private CommandResponse device(VirtualMachine machine, int address) {
        if (address == machine.consoleAddress()) {
            return new CommandResponse(console(machine), 0);
        }
        String disk = dasd(machine).get(address);
        if (disk != null) {
            return CommandResponse.ok(disk);
        }
        VirtualUnitRecordDevice device = cp.unitRecordDevices(machine.userid()).map(d -> d.at(address)).orElse(null);
        if (device != null) {
            return new CommandResponse(describe(device), 0);
        }
        if (machine.devices().containsKey(address)) {
            return CommandResponse.ok(String.format("DEV %03X %s", address, machine.devices().get(address).describe()));
        }
        return CpMessage.DEVICE_DOES_NOT_EXIST.from(MODULE, String.format("%03X", address));
    }

    /** The reader, punches and printers (the console's spool is shown with the console). */
    private List<VirtualUnitRecordDevice> unitRecord(VirtualMachine machine) {
        return cp.unitRecordDevices(machine.userid()).map(UnitRecordDevices::all).orElse(List.of()).stream()
                .filter(device -> !(device instanceof ConsoleSpool)).toList();
    }

    private static List<String> describe(VirtualUnitRecordDevice device) {
        return device.describe().lines().toList();
    }

    /** {@code DASD vaddr type volser R/W nnn CYL} for each minidisk, by address. */
    private Map<Integer, String> dasd(VirtualMachine machine) {
        Map<Integer, String> lines = new TreeMap<>();
        cp.minidisks(machine.userid()).forEach((vaddr, extent) -> lines.put(vaddr, String.format("DASD %03X %s %-6s %s %s",
                vaddr, extent.volume().type().typeName(), extent.volume().volser(),
                writable(machine.userid(), vaddr, extent) ? "R/W" : "R/O", size(extent))));
        return lines;
    }

    private boolean writable(String userid, int vaddr, Extent extent) {
        return cp.links().holders(extent).stream()
                .anyMatch(h -> h.userid().equals(userid) && h.vaddr() == vaddr && h.write());
    }

    private static String size(Extent extent) {
        return extent.volume().type().kind() == DasdGeometry.Kind.CKD
                ? String.format("%03d CYL", extent.size()) : String.format("%06d BLK", extent.size());
    }

    private List<String> console(VirtualMachine machine) {
        String address = String.format("%03X", machine.consoleAddress());
        String terminal = users.terminal(machine);
        Optional<ConsoleSpool> spool = cp.unitRecordDevices(machine.userid())
                .map(d -> d.at(machine.consoleAddress())).filter(ConsoleSpool.class::isInstance)
                .map(ConsoleSpool.class::cast);
        String spooling = spool.filter(ConsoleSpool::started).isPresent() ? "START" : "STOP";
        List<String> lines = new ArrayList<>();
        lines.add(terminal.equals("DSC") ? "CONS " + address + " DISCONNECTED  TERM " + spooling
                : "CONS " + address + " ON GRAF " + terminal + "   TERM " + spooling);
        lines.addAll(spool.map(s -> s.describe().lines().toList()).orElse(List.of(
                "     " + address + " CL T NOCONT NOHOLD COPY 01    READY",
                "     " + address + " FOR " + machine.userid() + "   DIST " + machine.userid())));
        return lines;
    }

    private CommandResponse links(VirtualMachine machine, String operand) {
        int vaddr = Tokens.address(operand);
        if (vaddr < 0) {
            return CpMessage.VADDR_MISSING.from(MODULE);
        }
        Optional<Extent> extent = Optional.ofNullable(cp.minidisks(machine.userid()).get(vaddr));
        if (extent.isEmpty()) {
            return CpMessage.DEVICE_DOES_NOT_EXIST.from(MODULE, String.format("%03X", vaddr));
        }
        List<String> entries = new ArrayList<>();
        for (MinidiskLinks.Holder h : cp.links().holders(extent.get())) {
            entries.add(String.format("%-8s %03X %s", h.userid(), h.vaddr(), h.write() ? "R/W" : "R/O"));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += NAMES_PER_LINE) {
            lines.add(String.join(", ", entries.subList(i, Math.min(entries.size(), i + NAMES_PER_LINE))));
        }
        return new CommandResponse(lines, 0);
    }

    private static CommandResponse set(UserSettings s) {
        return CommandResponse.ok(String.format("MSG %-3s , WNG %-3s , EMSG %s, RUN %s",
                        onOff(s.messages()), onOff(s.warnings()), s.errorMessages(), onOff(s.run())),
                "IMSG " + onOff(s.informational()));
    }

    private static CommandResponse functionKey(UserSettings s, int number) {
        if (number < 1 || number > 24) {
            return CpMessage.INVALID_OPTION.from(MODULE, "PF" + number);
        }
        UserSettings.FunctionKey key = s.key(number);
        String name = String.format("PF%02d", number);
        return CommandResponse.ok(key == null ? name + " UNDEFINED"
                : name + " " + (key.immediate() ? "IMMED" : "DELAY") + " " + key.text());
    }

    /** The class B QUERY DASD: each volume CP may carve minidisks from (no real addresses are configured). */
    private CommandResponse realDasd() {
        List<String> lines = cp.config().volumes().volumes().stream()
                .map(v -> String.format("DASD %-6s CP OWNED %s %s", v.volser(), v.type().typeName(),
                        size(new Extent(v, 0, v.size() - 1))))
                .toList();
        return new CommandResponse(lines, 0);
    }

    static String onOff(boolean on) {
        return on ? "ON" : "OFF";
    }
}
