package vm370.cp.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.cpu.Cpu;
import vm370.s370.storage.MainStorage;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.WriteOutcome;

/**
 * DUMP: one's own machine (PSW, general, floating-point and control registers, then storage in hex
 * with its EBCDIC translation, 32 bytes a line, runs of equal lines folded) printed on the virtual
 * printer and closed as one spool file. The terminal sees {@code DUMPING LOC hexloc} at each 64K
 * reached, then {@code COMMAND COMPLETE}. Without a range the whole storage is dumped; a lone
 * hexloc dumps from there to the end.
 * @vm370 DMKCDB
 */
final class DumpCommand {

    private static final String MODULE = "DMKCDB";
    private static final int LINE = 32;
    private static final int ANNOUNCE = 0x10000;
    private static final int MAX_DUMPID = 100;

    private final ControlProgram cp;

    DumpCommand(ControlProgram cp) {
        this.cp = cp;
    }

    /** DUMP [[L|T]hexloc1[-hexloc2|.len|-END]] [*dumpid]. */
    CommandResponse dump(CommandEntry.Request request) {
        VirtualMachine machine = request.machine();
        Cpu cpu = machine.cpu();
        int size = cpu.storage().size();
        Tokens operands = request.operands();
        String range = operands.peek();
        int[] bounds = {0, size - 1};
        if (range != null && !range.startsWith("*")) {
            operands.next();
            String text = range.charAt(0) == 'L' || range.charAt(0) == 'T' ? range.substring(1) : range;
            bounds = StorageCommands.range(text.matches("[0-9A-F]+") ? text + "-END" : text, size);
            if (bounds == null) {
                return CpMessage.INVALID_HEXLOC.from(MODULE);
            }
        }
        String rest = operands.rest().strip();
        if (!rest.isEmpty() && !rest.startsWith("*")) {
            return CpMessage.INVALID_OPERAND.from(MODULE, rest.split(" ")[0].toUpperCase(java.util.Locale.ROOT));
        }
        String dumpId = rest.isEmpty() ? "" : rest.substring(1).strip();
        Optional<SpoolWriter> printer = VirtualPrinterLines.printer(cp, machine.userid());
        if (printer.isEmpty()) {
            return CpMessage.DEVICE_DOES_NOT_EXIST.from(MODULE, "PRT");
        }
        List<String> responses = new ArrayList<>();
        List<String> lines = new ArrayList<>(header(machine, dumpId.substring(0, Math.min(dumpId.length(), MAX_DUMPID))));
        storage(cpu.storage(), bounds[0], bounds[1], lines, responses);
        for (String line : lines) {
            WriteOutcome outcome = VirtualPrinterLines.print(printer.get(), line);
            if (outcome != WriteOutcome.WRITTEN) {
                // Half a dump is no use to anyone: the file goes, and the user learns why.
                printer.get().close(new CloseOptions(CloseOptions.Hold.AS_SPOOLED, true, null, null, null));
                return CommandResponse.failed(outcome.message(), Integer.parseInt(outcome.message().substring(6, 9)));
            }
        }
        if (printer.get().close(CloseOptions.PLAIN) instanceof CloseResult.Closed closed && !closed.response().isEmpty()) {
            responses.add(closed.response());
        }
        responses.add("COMMAND COMPLETE");
        return new CommandResponse(responses, 0);
    }

    private static List<String> header(VirtualMachine machine, String dumpId) {
        Cpu cpu = machine.cpu();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("USERID = %-8s  DUMPID = %s", machine.userid(), dumpId).stripTrailing());
        long psw = cpu.currentPsw();
        lines.add(String.format("PSW = %08X  %08X", (int) (psw >>> 32), (int) psw));
        registers(lines, "GPR", cpu.gpr);
        for (int r = 0; r < 4; r += 2) {
            lines.add(String.format("FPR %d = %08X  %08X   FPR %d = %08X  %08X", r * 2, (int) (cpu.fpr[r] >>> 32),
                    (int) cpu.fpr[r], r * 2 + 2, (int) (cpu.fpr[r + 1] >>> 32), (int) cpu.fpr[r + 1]));
        }
        registers(lines, "ECR", cpu.cr);
        lines.add("");
        return lines;
    }

    private static void registers(List<String> lines, String name, int[] values) {
        for (int r = 0; r < 16; r += 8) {
            StringBuilder line = new StringBuilder(String.format("%s %2d-%2d =", name, r, r + 7));
            for (int i = r; i < r + 8; i++) {
                line.append(' ').append(String.format("%08X", values[i]));
            }
            lines.add(line.toString());
        }
    }

    /** Lines of 32 bytes from a 32-byte boundary; a run of lines equal to the one before is one line saying so. */
    private static void storage(MainStorage storage, int first, int last, List<String> lines, List<String> responses) {
        byte[] previous = null;
        byte[] data = new byte[LINE];
        int sameFrom = -1;
        for (int address = first & ~(LINE - 1); address <= last; address += LINE) {
            if (address != (first & ~(LINE - 1)) && address % ANNOUNCE == 0) {
                responses.add(String.format("DUMPING LOC %06X", address));
            }
            storage.readBytes(address, data, 0, LINE);
            if (previous != null && Arrays.equals(previous, data)) {
                sameFrom = sameFrom < 0 ? address : sameFrom;
                continue;
            }
            same(lines, sameFrom, address - 1);
            sameFrom = -1;
            lines.add(line(address, data));
            previous = data.clone();
        }
        same(lines, sameFrom, (last | (LINE - 1)));
    }

    private static void same(List<String> lines, int from, int to) {
        if (from >= 0) {
            lines.add(String.format("LINES %06X TO %06X SAME AS ABOVE", from, to));
        }
    }

    private static String line(int address, byte[] data) {
        StringBuilder line = new StringBuilder(String.format("%06X ", address));
        for (int i = 0; i < LINE; i += 4) {
            line.append(i == 16 ? "  " : " ").append(String.format("%02X%02X%02X%02X",
                    data[i] & 0xFF, data[i + 1] & 0xFF, data[i + 2] & 0xFF, data[i + 3] & 0xFF));
        }
        return line.append("  *").append(StorageCommands.printable(data)).append('*').toString();
    }
}
