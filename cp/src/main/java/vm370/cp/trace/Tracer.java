package vm370.cp.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ExecutionMonitor;
import vm370.s370.isa.Decoder;
import vm370.s370.isa.Opcode;

/**
 * One virtual machine's TRACE settings and address stop, and the watch on its CPU that carries them
 * out: installed on the CPU while anything is set, removed when nothing is (TRACE END, ADSTOP OFF,
 * the stop reached). Its callbacks come on the machine's thread, as do the commands that change it.
 * @vm370 DMKTRC
 */
public final class Tracer implements ExecutionMonitor {

    /** Where one traced event goes and whether the machine goes on after it. */
    public enum Destination { TERMINAL, PRINTER, BOTH }

    /** One event's setting, as TRACE gave it. */
    public record Setting(Destination destination, boolean run) { }

    private static final Set<Opcode> IO_INSTRUCTIONS = Set.of(Opcode.SIO, Opcode.SIOF, Opcode.TIO, Opcode.CLRIO,
            Opcode.HIO, Opcode.HDV, Opcode.TCH, Opcode.STIDC);
    private static final int CSW = 0x40;
    private static final int CAW = 0x48;
    /** CCWs traced for one SIO at most: a looping channel program must not flood the terminal. */
    private static final int MAX_CCWS = 32;

    private final Cpu cpu;
    private final TraceOutput output;
    /** Replaced whole by the commands, read by the callbacks: both on the machine's thread. */
    private volatile Map<TraceEvent, Setting> settings = Map.of();
    private volatile int addressStop = -1;
    /** The instruction about to run, fetched before it when an instruction event is traced; -1 otherwise. */
    private long pending = -1;
    private boolean stopAfter;

    public Tracer(Cpu cpu, TraceOutput output) {
        this.cpu = cpu;
        this.output = output;
    }

    /** TRACE events [TERMINAL|PRINTER|BOTH] [RUN|NORUN]. */
    public void trace(Set<TraceEvent> events, Setting setting) {
        Map<TraceEvent, Setting> wider = new EnumMap<>(TraceEvent.class);
        wider.putAll(settings);
        events.forEach(e -> wider.put(e, setting));
        settings = Collections.unmodifiableMap(wider);
        watch();
    }

    /** TRACE events OFF. */
    public void off(Set<TraceEvent> events) {
        Map<TraceEvent, Setting> narrower = new EnumMap<>(TraceEvent.class);
        narrower.putAll(settings);
        events.forEach(narrower::remove);
        settings = narrower.isEmpty() ? Map.of() : Collections.unmodifiableMap(narrower);
        watch();
    }

    /** TRACE END: every event off. */
    public void end() {
        settings = Map.of();
        watch();
    }

    /** True when some event goes to the printer. */
    public boolean printing() {
        return settings.values().stream().anyMatch(s -> s.destination() != Destination.TERMINAL);
    }

    /** ADSTOP hexloc (or -1 for OFF): the machine stops before the instruction there, once. */
    public void addressStop(int address) {
        addressStop = address;
        watch();
    }

    /** QUERY TRACE: one line per event traced, or none. */
    public List<String> query() {
        List<String> lines = new ArrayList<>();
        settings.forEach((event, s) -> lines.add(String.format("%-11s %-8s %s", event.word(),
                s.destination().name(), s.run() ? "RUN" : "NORUN")));
        if (addressStop >= 0) {
            lines.add(String.format("ADSTOP      %06X", addressStop));
        }
        return lines;
    }

    private void watch() {
        cpu.monitor(settings.isEmpty() && addressStop < 0 ? null : this);
    }

    @Override
    public boolean beforeInstruction(Cpu on, int address) {
        if (address == addressStop) {
            addressStop = -1;
            watch();
            output.terminal(String.format("ADSTOP AT %06X", address));
            output.stop();
            return false;
        }
        Map<TraceEvent, Setting> now = settings;
        boolean fetch = now.containsKey(TraceEvent.INSTRUCTION) || now.containsKey(TraceEvent.PRIVILEGED)
                || now.containsKey(TraceEvent.SIO) || now.containsKey(TraceEvent.CCW);
        pending = fetch ? on.instructionAt(address) : -1;
        return true;
    }

    @Override
    public void afterInstruction(Cpu on, int address, int branchedTo) {
        Map<TraceEvent, Setting> now = settings;
        if (pending >= 0) {
            instructionEvents(now, address, pending);
            pending = -1;
        }
        if (branchedTo >= 0) {
            emit(now.get(TraceEvent.BRANCH), TraceLines.branch(address, branchedTo));
        }
        endOfEvent();
    }

    private void instructionEvents(Map<TraceEvent, Setting> now, int address, long instruction) {
        String text = TraceLines.instruction(address, instruction);
        emit(now.get(TraceEvent.INSTRUCTION), text);
        Opcode opcode = Decoder.ALL.decode(instruction);
        if (opcode == null || !opcode.isPrivileged() || cpu.problemState()) {
            return;
        }
        if (!IO_INSTRUCTIONS.contains(opcode)) {
            emit(now.get(TraceEvent.PRIVILEGED), "PRIV  " + text);
            return;
        }
        emit(now.get(TraceEvent.SIO), "SIO   " + text + "  CC " + cpu.conditionCode());
        Setting ccws = now.get(TraceEvent.CCW);
        if (ccws != null && (opcode == Opcode.SIO || opcode == Opcode.SIOF)) {
            channelProgram(ccws);
        }
    }

    /** The channel program the CAW names, CCW by CCW while they chain (data or command). */
    private void channelProgram(Setting setting) {
        int at = (int) cpu.storage().read(CAW, 4) & 0xFFFFF8;
        for (int n = 0; n < MAX_CCWS && at + 8 <= cpu.storage().size(); n++) {
            long ccw = cpu.storage().read(at, 8);
            emit(setting, TraceLines.ccw(at, ccw));
            int flags = (int) (ccw >>> 24) & 0xFF;
            boolean transferInChannel = (int) (ccw >>> 56 & 0x0F) == 0x08;
            if (transferInChannel) {
                at = (int) (ccw >>> 32) & 0xFFFFF8;
            } else if ((flags & 0xC0) != 0) {
                at += 8;
            } else {
                return;
            }
        }
    }

    @Override
    public void interruption(Cpu on, Interruption kind, int code, long oldPsw, long newPsw) {
        TraceEvent event = switch (kind) {
            case SVC -> TraceEvent.SVC;
            case PROGRAM -> TraceEvent.PROGRAM;
            case EXTERNAL -> TraceEvent.EXTERNAL;
            case IO -> TraceEvent.IO;
            case RESTART, MACHINE_CHECK -> null;
        };
        Map<TraceEvent, Setting> now = settings;
        int address = (int) oldPsw & 0xFFFFFF;
        if (kind == Interruption.SVC || kind == Interruption.PROGRAM) {
            address = address - 2 * on.instructionLengthCode() & 0xFFFFFF;
        }
        if (event != null) {
            emit(now.get(event), TraceLines.interruption(kind, code, address, oldPsw, newPsw));
        }
        if (kind == Interruption.IO) {
            emit(now.get(TraceEvent.CSW), TraceLines.csw(code, cpu.storage().read(CSW, 8)));
        }
        endOfEvent();
    }

    private void emit(Setting setting, String line) {
        if (setting == null || line == null) {
            return;
        }
        if (setting.destination() != Destination.PRINTER) {
            output.terminal(line);
        }
        if (setting.destination() != Destination.TERMINAL) {
            output.printer(line);
        }
        stopAfter |= !setting.run();
    }

    /** NORUN: after the lines of one event, the machine stops in CP mode. */
    private void endOfEvent() {
        if (stopAfter) {
            stopAfter = false;
            output.stop();
        }
    }
}
