package vm370.rscs.spool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * What RSCS asks of CP, each the way a guest asks: CP commands by DIAGNOSE 08 (with a response
 * buffer), special messages by DIAGNOSE X'100', console lines by CCWs on the virtual console, and
 * idling by an enabled wait that the CPU timer or an I/O interruption (the operator's attention)
 * ends. All on the machine's thread.
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
    private boolean consoleAttention;

    public CpServices(GuestMachine machine, int console) {
        this.machine = machine;
        this.console = console;
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

    /** SMSG is delivered to RSCS from now on (DIAGNOSE X'100' ACCEPT). */
    public void acceptSpecialMessages() {
        machine.setGpr(3, 0);
        machine.diagnose(0x100, 2, 3);
    }

    /** The oldest special message waiting, if any. */
    public Optional<SpecialMessage> nextSpecialMessage() {
        machine.setGpr(2, StorageMap.SPECIAL_MESSAGE);
        machine.setGpr(3, StorageMap.SPECIAL_MESSAGE_LENGTH);
        machine.setGpr(4, 8);
        if (machine.diagnose(0x100, 2, 4) != 0) {
            return Optional.empty();
        }
        int length = machine.gpr(4);
        byte[] b = new byte[length];
        machine.read(StorageMap.SPECIAL_MESSAGE, b, 0, length);
        String all = EBCDIC.decode(b);
        return Optional.of(new SpecialMessage(all.substring(0, Math.min(8, all.length())).strip(),
                all.length() > 8 ? all.substring(8).strip() : ""));
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
     * Waits, holding no real processor, for at most {@code micros} or until the operator presses
     * attention; returns the line the operator typed, if that is what ended the wait.
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
     * The idle program: LCTL 0,0 (CPU-timer mask on), SPT, LPSW of an enabled wait. The external
     * and I/O new PSWs are disabled waits at two addresses, so the wait ends back in Java.
     */
    private void installWaitProgram() {
        byte[] program = {
            (byte) 0xB7, 0x00, 0x03, (byte) 0x90,       // LCTL 0,0,X'390'
            (byte) 0xB2, 0x08, 0x03, (byte) 0x80,       // SPT  X'380'
            (byte) 0x82, 0x00, 0x03, (byte) 0x88,       // LPSW X'388'
        };
        machine.write(StorageMap.WAIT_PROGRAM, program, 0, program.length);
        machine.write(StorageMap.WAIT_PSW, doubleword(WAIT_ENABLED), 0, 8);
        machine.write(StorageMap.CONTROL_0, new byte[] {
            (byte) (CR0_CPU_TIMER >>> 24), (byte) (CR0_CPU_TIMER >>> 16), (byte) (CR0_CPU_TIMER >>> 8), (byte) CR0_CPU_TIMER}, 0, 4);
        machine.write(StorageMap.EXTERNAL_NEW_PSW, doubleword(DISABLED_WAIT | StorageMap.WOKEN_BY_TIMER), 0, 8);
        machine.write(StorageMap.IO_NEW_PSW, doubleword(DISABLED_WAIT | StorageMap.WOKEN_BY_IO), 0, 8);
    }

    static byte[] ccw(int command, int address, int flags, int count) {
        return new byte[] {(byte) command, (byte) (address >>> 16), (byte) (address >>> 8), (byte) address,
            (byte) flags, 0, (byte) (count >>> 8), (byte) count};
    }

    private static byte[] doubleword(long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (56 - 8 * i));
        }
        return b;
    }

}
