package vm370.rscs.spool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.SpecialMessageReceiver;
import vm370.s370.text.Ebcdic;

/**
 * What RSCS asks of CP, each the way a guest asks: CP commands by DIAGNOSE 08 (with a response
 * buffer), special messages by VMCF (external interruption X'4001', its text in RSCS's buffer),
 * console lines by CCWs on the virtual console, and idling by an enabled wait that the CPU timer,
 * a special message or an I/O interruption (the operator's attention) ends. All on the machine's thread.
 */
public final class CpServices {

    /** A CP command's response lines and return code. */
    public record Response(List<String> lines, int returnCode) { }

    /** A special message: who sent it, and its text. */
    public record SpecialMessage(String sender, String text) { }

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final int RESPONSE_BUFFER_FLAG = 0x40000000;
    private static final int MAX_COMMAND = 132;
    private static final long WAIT_ENABLED = 0xFF02_0000_0000_0000L;
    private static final long DISABLED_WAIT = 0x0002_0000_0000_0000L;
    /** CR0 with the CPU-timer subclass mask (bit 21) on. */
    private static final int CR0_CPU_TIMER = 0x0000_0400;
    private static final int ATTENTION = 0x80;

    private final GuestMachine machine;
    private final int console;
    private final SpecialMessageReceiver receiver;
    /** Special messages presented, not yet taken by the supervisor. */
    private final ArrayDeque<SpecialMessage> messages = new ArrayDeque<>();
    private boolean consoleAttention;

    public CpServices(GuestMachine machine, int console) {
        this.machine = machine;
        this.console = console;
        this.receiver = new SpecialMessageReceiver(machine, StorageMap.VMCF_PARAMETERS, StorageMap.SPECIAL_MESSAGE,
                StorageMap.SPECIAL_MESSAGE_LENGTH);
        installWaitProgram();
    }

    public GuestMachine machine() {
        return machine;
    }

    /** A CP command; the response comes back rather than going to the console. */
    public Response cp(String command) {
        byte[] text = EBCDIC.encode(command.length() > MAX_COMMAND ? command.substring(0, MAX_COMMAND) : command);
        machine.write(StorageMap.COMMAND, text, 0, text.length);
        machine.setGpr(2, StorageMap.COMMAND);
        machine.setGpr(3, StorageMap.RESPONSE);
        machine.setGpr(4, RESPONSE_BUFFER_FLAG | text.length);
        machine.setGpr(5, StorageMap.RESPONSE_LENGTH);
        int cc = machine.diagnose(0x08, 2, 4);
        int rc = machine.gpr(4);
        int stored = cc == 0 ? machine.gpr(5) : StorageMap.RESPONSE_LENGTH;
        byte[] out = new byte[stored];
        machine.read(StorageMap.RESPONSE, out, 0, stored);
        List<String> lines = new ArrayList<>();
        for (String line : EBCDIC.decode(out).split("\u0085")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return new Response(lines, rc);
    }

    /** SMSG is delivered to RSCS from now on: VMCF AUTHORIZE with the SMSG flag (DIAGNOSE X'68'). */
    public void acceptSpecialMessages() {
        receiver.authorize();
    }

    /**
     * The oldest special message presented, if any. With none taken yet, RSCS opens an
     * interruption window first (enabled for VMCF alone, for one instruction), as a busy program
     * would between pieces of work: a message that arrived meanwhile is presented there.
     */
    public Optional<SpecialMessage> nextSpecialMessage() {
        if (messages.isEmpty()) {
            machine.loadPsw(StorageMap.WINDOW_PROGRAM);
            machine.runUntilDisabledWait();
            takeExternal();
        }
        return Optional.ofNullable(messages.pollFirst());
    }

    /** After a wait or window ended by an external interruption: a VMCF one brought a special message. */
    private void takeExternal() {
        if ((machine.psw() & 0xFFFFFF) != StorageMap.WOKEN_BY_TIMER) {
            return;
        }
        byte[] old = new byte[8];
        machine.read(StorageMap.EXTERNAL_OLD_PSW, old, 0, 8);
        if (((old[2] & 0xFF) << 8 | old[3] & 0xFF) == SpecialMessageReceiver.INTERRUPTION_CODE) {
            SpecialMessageReceiver.SpecialMessage m = receiver.message();
            messages.addLast(new SpecialMessage(m.sender(), m.text()));
        }
    }

    /** Writes a line on RSCS's console (the operator's log). */
    public void console(String line) {
        byte[] text = EBCDIC.encode(line.length() > StorageMap.CONSOLE_LENGTH ? line.substring(0, StorageMap.CONSOLE_LENGTH) : line);
        machine.write(StorageMap.CONSOLE_BUFFER, text, 0, text.length);
        byte[] ccw = ccw(0x09, StorageMap.CONSOLE_BUFFER, 0x20, text.length);
        machine.write(StorageMap.CHANNEL_PROGRAM, ccw, 0, ccw.length);
        for (int attempt = 0; attempt < 2; attempt++) {
            int cc = machine.startIo(console, StorageMap.CHANNEL_PROGRAM);
            if (cc == 0) {
                machine.awaitStatus(console);
                return;
            }
            // Status pending (the operator's attention) keeps the write from starting: note it, go again.
            consoleAttention |= cc == 1 && (csw()[4] & ATTENTION) != 0;
        }
    }

    /**
     * Waits, holding no real processor, for at most {@code micros}, until a special message comes
     * (then taken by {@link #nextSpecialMessage}) or until the operator presses attention; returns
     * the line the operator typed, if that is what ended the wait.
     */
    public Optional<String> idle(long micros) {
        if (!consoleAttention) {
            byte[] value = new byte[8];
            long timer = Math.max(1, micros) << 12;
            for (int i = 0; i < 8; i++) {
                value[i] = (byte) (timer >>> (56 - 8 * i));
            }
            machine.write(StorageMap.TIMER_VALUE, value, 0, 8);
            machine.loadPsw(StorageMap.WAIT_PROGRAM);
            machine.runUntilDisabledWait();
            takeExternal();
            if ((machine.psw() & 0xFFFFFF) == StorageMap.WOKEN_BY_IO) {
                byte[] old = new byte[8];
                machine.read(StorageMap.IO_OLD_PSW, old, 0, 8);
                int device = (old[2] & 0xFF) << 8 | old[3] & 0xFF;
                consoleAttention = device == console && (csw()[4] & ATTENTION) != 0;
            }
        }
        if (!consoleAttention) {
            return Optional.empty();
        }
        consoleAttention = false;
        return readConsole();
    }

    private Optional<String> readConsole() {
        byte[] ccw = ccw(0x0A, StorageMap.CONSOLE_BUFFER, 0x20, StorageMap.CONSOLE_LENGTH);
        machine.write(StorageMap.CHANNEL_PROGRAM, ccw, 0, ccw.length);
        if (machine.startIo(console, StorageMap.CHANNEL_PROGRAM) != 0 || machine.awaitStatus(console) != 1) {
            return Optional.empty();
        }
        byte[] csw = csw();
        int residual = (csw[6] & 0xFF) << 8 | csw[7] & 0xFF;
        int length = StorageMap.CONSOLE_LENGTH - residual;
        byte[] text = new byte[Math.max(0, length)];
        machine.read(StorageMap.CONSOLE_BUFFER, text, 0, text.length);
        String line = EBCDIC.decode(text).strip();
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private byte[] csw() {
        byte[] csw = new byte[8];
        machine.read(StorageMap.CSW, csw, 0, 8);
        return csw;
    }

    /**
     * The idle program: LCTL 0,0 (CPU-timer and VMCF masks on), SPT, LPSW of an enabled wait; and
     * the interruption window: LCTL 0,0 (VMCF alone), STOSM enabling externals, LPSW of a disabled
     * wait. The external and I/O new PSWs are disabled waits at two addresses, so a wait ends back in Java.
     */
    private void installWaitProgram() {
        byte[] program = {
            (byte) 0xB7, 0x00, 0x03, (byte) 0x90,       // LCTL 0,0,X'390'
            (byte) 0xB2, 0x08, 0x03, (byte) 0x80,       // SPT  X'380'
            (byte) 0x82, 0x00, 0x03, (byte) 0x88,       // LPSW X'388'
        };
        machine.write(StorageMap.WAIT_PROGRAM, program, 0, program.length);
        machine.write(StorageMap.WAIT_PSW, doubleword(WAIT_ENABLED), 0, 8);
        machine.write(StorageMap.CONTROL_0, word(CR0_CPU_TIMER | SpecialMessageReceiver.CR0_VMCF), 0, 4);
        byte[] window = {
            (byte) 0xB7, 0x00, 0x03, (byte) 0x98,       // LCTL  0,0,X'398'
            (byte) 0xAD, 0x01, 0x03, (byte) 0xA0,       // STOSM X'3A0',X'01'
            (byte) 0x82, 0x00, 0x03, (byte) 0xA8,       // LPSW  X'3A8'
        };
        machine.write(StorageMap.WINDOW_PROGRAM, window, 0, window.length);
        machine.write(StorageMap.WINDOW_CONTROL_0, word(SpecialMessageReceiver.CR0_VMCF), 0, 4);
        machine.write(StorageMap.WINDOW_CLOSED_PSW, doubleword(DISABLED_WAIT | StorageMap.WINDOW_CLOSED), 0, 8);
        machine.write(StorageMap.EXTERNAL_NEW_PSW, doubleword(DISABLED_WAIT | StorageMap.WOKEN_BY_TIMER), 0, 8);
        machine.write(StorageMap.IO_NEW_PSW, doubleword(DISABLED_WAIT | StorageMap.WOKEN_BY_IO), 0, 8);
    }

    static byte[] ccw(int command, int address, int flags, int count) {
        return new byte[] {(byte) command, (byte) (address >>> 16), (byte) (address >>> 8), (byte) address,
            (byte) flags, 0, (byte) (count >>> 8), (byte) count};
    }

    private static byte[] word(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] doubleword(long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (56 - 8 * i));
        }
        return b;
    }

}
