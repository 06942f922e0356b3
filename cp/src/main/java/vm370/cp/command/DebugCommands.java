package vm370.cp.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vm370.cp.ControlProgram;
import vm370.cp.trace.TraceEvent;
import vm370.cp.trace.TraceOutput;
import vm370.cp.trace.Tracer;
import vm370.cp.vm.VirtualMachine;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;

/**
 * TRACE, ADSTOP and QUERY TRACE on one's own machine. Each machine gets a {@link Tracer} on its
 * first use; trace lines go to the terminal and to the first virtual printer. Without operands
 * other than the events, TRACE writes to the terminal and stops after each event (NORUN); to the
 * printer alone it runs on (RUN), since nobody would see the stop.
 * @vm370 DMKTRA
 */
final class DebugCommands {

    private static final String MODULE = "DMKTRA";
    private static final String ADSTOP_MODULE = "DMKCDB";

    private final ControlProgram cp;
    private final Map<VirtualMachine, Tracer> tracers = new ConcurrentHashMap<>();

    DebugCommands(ControlProgram cp) {
        this.cp = cp;
    }

    /** TRACE {events...|END} [TERMinal|PRINTer|BOTH] [RUN|NORUN] [OFF]. */
    CommandResponse trace(CommandEntry.Request request) {
        Tokens operands = request.operands();
        if (!operands.hasNext()) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        Set<TraceEvent> events = EnumSet.noneOf(TraceEvent.class);
        Tracer.Destination destination = null;
        Boolean run = null;
        boolean off = false;
        boolean end = false;
        for (String word = operands.next(); word != null; word = operands.next()) {
            Set<TraceEvent> named = TraceEvent.named(word);
            if (!named.isEmpty()) {
                events.addAll(named);
            } else if (word.equals("END")) {
                end = true;
            } else if (Tokens.abbreviates(word, "TERMinal")) {
                destination = destination == Tracer.Destination.PRINTER ? Tracer.Destination.BOTH : Tracer.Destination.TERMINAL;
            } else if (Tokens.abbreviates(word, "PRINTer")) {
                destination = destination == Tracer.Destination.TERMINAL ? Tracer.Destination.BOTH : Tracer.Destination.PRINTER;
            } else if (word.equals("BOTH")) {
                destination = Tracer.Destination.BOTH;
            } else if (word.equals("RUN") || word.equals("NORUN")) {
                run = word.equals("RUN");
            } else if (word.equals("OFF")) {
                off = true;
            } else {
                return CpMessage.INVALID_OPERAND.from(MODULE, word);
            }
        }
        VirtualMachine machine = request.machine();
        Tracer tracer = tracer(machine);
        if (end) {
            boolean printed = tracer.printing();
            tracer.end();
            return printed ? closePrinter(machine) : CommandResponse.ok();
        }
        if (events.isEmpty()) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        if (off) {
            tracer.off(events);
            return CommandResponse.ok();
        }
        Tracer.Destination where = destination == null ? Tracer.Destination.TERMINAL : destination;
        if (where != Tracer.Destination.TERMINAL && VirtualPrinterLines.printer(cp, machine.userid()).isEmpty()) {
            return CpMessage.DEVICE_DOES_NOT_EXIST.from(MODULE, "PRT");
        }
        tracer.trace(events, new Tracer.Setting(where, run != null ? run : where == Tracer.Destination.PRINTER));
        return CommandResponse.ok();
    }

    /** ADSTOP {hexloc | OFF}. */
    CommandResponse adstop(CommandEntry.Request request) {
        String where = request.operands().next();
        if (where == null) {
            return CpMessage.INVALID_HEXLOC.from(ADSTOP_MODULE);
        }
        VirtualMachine machine = request.machine();
        if (where.equals("OFF")) {
            tracer(machine).addressStop(-1);
            return CommandResponse.ok();
        }
        int address = StorageCommands.hex(where, 6);
        if (address < 0 || (address & 1) != 0) {
            return CpMessage.INVALID_HEXLOC.from(ADSTOP_MODULE);
        }
        if (address >= machine.storage().storage().size()) {
            return CpMessage.LOCATION_EXCEEDS_STORAGE.from(ADSTOP_MODULE, where);
        }
        tracer(machine).addressStop(address);
        return CommandResponse.ok();
    }

    /** QUERY TRACE: the events traced with their options, and the address stop. */
    CommandResponse query(VirtualMachine machine, String verb, String operands) {
        Tracer tracer = tracers.get(machine);
        List<String> lines = tracer == null ? List.of() : tracer.query();
        return lines.isEmpty() ? CommandResponse.ok("TRACE NOT ACTIVE") : new CommandResponse(lines, 0);
    }

    private Tracer tracer(VirtualMachine machine) {
        if (tracers.size() > 64) {
            tracers.keySet().removeIf(m -> m.state() == VirtualMachine.RunState.LOGGED_OFF);
        }
        return tracers.computeIfAbsent(machine, m -> new Tracer(m.cpu(), output(m)));
    }

    private TraceOutput output(VirtualMachine machine) {
        return new TraceOutput() {
            @Override
            public void terminal(String line) {
                machine.consoleLine(line);
            }

            @Override
            public void printer(String line) {
                VirtualPrinterLines.printer(cp, machine.userid()).ifPresent(p -> VirtualPrinterLines.print(p, line));
            }

            @Override
            public void stop() {
                machine.cpu().setStopped(true);
                machine.stop();
            }
        };
    }

    /** TRACE END closes the printer file the trace wrote, so it can be printed or read. */
    private CommandResponse closePrinter(VirtualMachine machine) {
        return VirtualPrinterLines.printer(cp, machine.userid())
                .map(p -> p.close(CloseOptions.PLAIN))
                .map(r -> r instanceof CloseResult.Closed closed && !closed.response().isEmpty()
                        ? CommandResponse.ok(closed.response()) : CommandResponse.ok())
                .orElseGet(CommandResponse::ok);
    }
}
