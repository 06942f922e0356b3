package vm370.cms.program;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import vm370.s370.text.Ebcdic;

/**
 * Runs a user program on the virtual machine's CPU and serves its supervisor calls: every new PSW
 * in low storage is a disabled wait, so each interruption returns control here, where the old PSW
 * and interruption code tell what happened (GA22-7000, "Interruptions", BC mode). SVC 202 goes to
 * {@link CmsFunctions}; a program check or ABEND ends the program with CMS's abend messages. The
 * interval timer interrupts a program now and then so that the host can look for HX. Programs run
 * with PSW key X'E' over storage the nucleus keyed with SSK (see {@link #protectNucleus}), so a
 * wild store into the nucleus is a protection exception that DMSABN reports, and CMS goes on.
 * @vm370 DMSITS
 */
final class ProgramRunner {

    /** CMS's user area: programs load here (LOAD's default origin). */
    static final int USER_AREA = 0x20000;
    /**
     * The program transfer area in the nucleus's storage (X'7000'-X'75FF', which the nucleus's own
     * channel programs and buffers leave alone): exit stub, save area, FST copy, parameter lists.
     */
    static final int EXIT = 0x7000;
    static final int SAVE_AREA = 0x7010;
    static final int FST_AREA = 0x7060;
    static final int PLIST_AREA = 0x7100;
    static final int ARGUMENT_AREA = 0x7400;
    static final int EXTENDED_PLIST = 0x7580;
    /** The nucleus's key-setting routine: SSK over a range, then a disabled wait (24 bytes). */
    private static final int SET_KEYS = 0x75C0;
    /** The 2K block of the transfer area, which the program writes (its save area): user key. */
    private static final int TRANSFER_BLOCK = EXIT;
    private static final int KEY_BLOCK = 2048;
    /** Storage key of the nucleus's storage: only key 0 may store into it. */
    private static final int NUCLEUS_KEY = 0x00;
    /** Storage key of the user's storage, and the PSW key programs run with (GA22-7000, "Key-Controlled Protection"). */
    private static final int USER_KEY = 0xE0;
    private static final long USER_KEY_PSW = (long) USER_KEY << 48;

    private static final int EXTERNAL_OLD_PSW = 0x18;
    private static final int SVC_OLD_PSW = 0x20;
    private static final int PROGRAM_OLD_PSW = 0x28;
    private static final int[] NEW_PSWS = {0x58, 0x60, 0x68, 0x70, 0x78};
    private static final int EXTERNAL_NEW_PSW = 0x58;
    private static final int SVC_NEW_PSW = 0x60;
    private static final int PROGRAM_NEW_PSW = 0x68;
    /** BC-mode PSW with only the wait bit: interruptions disabled, so the CPU stops and returns to us. */
    private static final long DISABLED_WAIT = 0x0002_0000_0000_0000L;
    /** BC-mode system mask with only external interruptions enabled: the interval timer brings control back. */
    private static final long EXTERNAL_ENABLED = 0x0100_0000_0000_0000L;
    private static final int INTERVAL_TIMER = 80;
    /** About a tenth of a second: the interval timer's bit 23 counts 1/300 s (GA22-7000, "Interval Timer"). */
    private static final int POLL_INTERVAL = 30 << 8;
    private static final int CMS_SVC = 202;
    private static final int OS_ABEND_SVC = 13;
    /** The abend CMS gives an SVC it does not support. */
    private static final int UNSUPPORTED_SVC_ABEND = 0x0F0;
    private static final int ARGUMENT_LIMIT = 0x170;

    private static final String[] EXCEPTIONS = {null, "OPERATION", "PRIVILEGED OPERATION", "EXECUTE", "PROTECTION",
        "ADDRESSING", "SPECIFICATION", "DECIMAL DATA", "FIXED-POINT OVERFLOW", "FIXED-POINT DIVIDE", "DECIMAL OVERFLOW",
        "DECIMAL DIVIDE", "EXPONENT OVERFLOW", "EXPONENT UNDERFLOW", "SIGNIFICANCE", "FLOATING-POINT DIVIDE"};

    private final ProgramHost host;
    private final GuestMemory memory;
    private final CmsFunctions functions;
    /** Programs running now: 1 for one started by a command, more when one calls another through SVC 202. */
    private int depth;
    /** Set once the nucleus has keyed the storage for this session. */
    private boolean keyed;

    ProgramRunner(ProgramHost host, GuestMemory memory, CmsFunctions functions) {
        this.host = host;
        this.memory = memory;
        this.functions = functions;
    }

    /**
     * Runs the program at {@code entry} as CMS calls a command: R1 → the tokenized parameter list
     * (name and arguments), R0 → the extended one, R13 → a save area, R14 → the return, R15 = entry.
     * Returns the program's R15, or the abend code after the abend messages. Registers and PSW are
     * restored afterwards, so a program may call another through SVC 202.
     *
     * @param program the program in storage: its end starts free storage, its names name routines (DMSITP141T)
     */
    int run(ProgramImage program, int entry, String name, String arguments) {
        int[] saved = new int[16];
        for (int r = 0; r < 16; r++) {
            saved[r] = memory.machine().gpr(r);
        }
        long savedPsw = memory.machine().psw();
        try {
            if (depth++ == 0) {
                functions.programStarted(program.origin() + program.image().length);
            }
            prepare(entry, name, arguments);
            if (!keyed) {
                protectNucleus();
                keyed = true;
            }
            return serve(entry, program::routineAt);
        } finally {
            depth--;
            for (int r = 0; r < 16; r++) {
                memory.machine().setGpr(r, saved[r]);
            }
            memory.machine().loadPsw(savedPsw);
        }
    }

    private void prepare(int entry, String name, String arguments) {
        for (int at : NEW_PSWS) {
            memory.putDoubleword(at, DISABLED_WAIT | at);
        }
        memory.put(EXIT, new byte[] {0x0A, (byte) CMS_SVC});
        memory.putWord(INTERVAL_TIMER, POLL_INTERVAL);
        String line = arguments.length() > ARGUMENT_LIMIT ? arguments.substring(0, ARGUMENT_LIMIT) : arguments;
        List<String> tokens = Plist.tokenize(name + " " + line.toUpperCase(Locale.ROOT));
        int at = PLIST_AREA;
        for (String token : tokens) {
            memory.put(at, Ebcdic.CP037.encodePadded(token, 8));
            at += 8;
        }
        memory.putDoubleword(at, -1L);
        byte[] text = Ebcdic.CP037.encode(line);
        memory.put(ARGUMENT_AREA, text);
        memory.putWord(EXTENDED_PLIST, PLIST_AREA);
        memory.putWord(EXTENDED_PLIST + 4, ARGUMENT_AREA);
        memory.putWord(EXTENDED_PLIST + 8, ARGUMENT_AREA + text.length);
        memory.putWord(EXTENDED_PLIST + 12, 0);
        var machine = memory.machine();
        machine.setGpr(0, EXTENDED_PLIST);
        machine.setGpr(1, PLIST_AREA);
        machine.setGpr(13, SAVE_AREA);
        machine.setGpr(14, EXIT);
        machine.setGpr(15, entry);
    }

    private int serve(int entry, IntFunction<String> routine) {
        var machine = memory.machine();
        long psw = EXTERNAL_ENABLED | USER_KEY_PSW | entry & 0xFFFFFFL;
        while (true) {
            machine.loadPsw(psw);
            machine.runUntilDisabledWait();
            int stoppedAt = (int) machine.psw() & 0xFFFFFF;
            if (stoppedAt == SVC_NEW_PSW) {
                long old = memory.doubleword(SVC_OLD_PSW);
                int number = (int) (old >>> 32) & 0xFFFF;
                int after = (int) old & 0xFFFFFF;
                if (after == EXIT + 2) {
                    return machine.gpr(15);
                }
                if (number == CMS_SVC) {
                    int rc = functions.call(machine.gpr(0), machine.gpr(1));
                    machine.setGpr(15, rc);
                    psw = old & ~0xFFFFFFL | continuation(after, rc);
                } else if (number == OS_ABEND_SVC) {
                    return abend(machine.gpr(1), after - 2);
                } else {
                    return abend(UNSUPPORTED_SVC_ABEND << 12, after - 2);
                }
            } else if (stoppedAt == PROGRAM_NEW_PSW) {
                long old = memory.doubleword(PROGRAM_OLD_PSW);
                int code = (int) (old >>> 32) & 0xFF;
                int at = (int) old & 0xFFFFFF;
                int base = code & 0x7F;
                if (base > 0 && base < EXCEPTIONS.length) {
                    host.type(String.format(Locale.ROOT, "DMSITP141T %s EXCEPTION OCCURRED AT %06X IN ROUTINE %s",
                            EXCEPTIONS[base], at, routine.apply(at)));
                }
                return abend((0x0C0 + base) << 12, at);
            } else if (stoppedAt == EXTERNAL_NEW_PSW) {
                // The interval timer (or the interrupt key): a chance for HX, which ends the program by throwing.
                host.poll();
                if (memory.word(INTERVAL_TIMER) < 0) {
                    memory.putWord(INTERVAL_TIMER, POLL_INTERVAL);
                }
                psw = memory.doubleword(EXTERNAL_OLD_PSW);
            } else if (stoppedAt > EXTERNAL_NEW_PSW && stoppedAt <= 0x78) {
                // Machine-check and I/O interruptions do not come to a program with those masks off; resume it.
                psw = memory.doubleword(stoppedAt - 0x40);
            } else {
                return abend(UNSUPPORTED_SVC_ABEND << 12, stoppedAt);
            }
        }
    }

    /**
     * Keys the storage as CMS does: the nucleus (below the user area) key 0, except the transfer
     * area's block, which holds the program's save area and parameter lists; the user area key E.
     */
    private void protectNucleus() {
        var machine = memory.machine();
        int[] registers = {2, 4, 5, 6, 12};
        int[] saved = new int[registers.length];
        for (int i = 0; i < registers.length; i++) {
            saved[i] = machine.gpr(registers[i]);
        }
        int top = machine.storageSize();
        setKeys(0, TRANSFER_BLOCK, NUCLEUS_KEY);
        setKeys(TRANSFER_BLOCK, TRANSFER_BLOCK + KEY_BLOCK, USER_KEY);
        setKeys(TRANSFER_BLOCK + KEY_BLOCK, USER_AREA, NUCLEUS_KEY);
        setKeys(USER_AREA, top, USER_KEY);
        for (int i = 0; i < registers.length; i++) {
            machine.setGpr(registers[i], saved[i]);
        }
    }

    /**
     * Runs, in supervisor state with PSW key 0, the nucleus's routine {@code SSK 6,2; BXLE 2,4,0(12);
     * LPSW 16(12)}: R2 walks the range in 2K steps (R4), to R5, with the key in R6.
     */
    private void setKeys(int from, int to, int key) {
        if (from >= to) {
            return;
        }
        memory.put(SET_KEYS, new byte[] {0x08, 0x62, (byte) 0x87, 0x24, (byte) 0xC0, 0x00, (byte) 0x82, 0x00,
            (byte) 0xC0, 0x10, 0, 0, 0, 0, 0, 0});
        memory.putDoubleword(SET_KEYS + 16, DISABLED_WAIT | SET_KEYS + 16);
        var machine = memory.machine();
        machine.setGpr(2, from);
        machine.setGpr(4, KEY_BLOCK);
        machine.setGpr(5, to - 1);
        machine.setGpr(6, key);
        machine.setGpr(12, SET_KEYS);
        machine.loadPsw(SET_KEYS);
        machine.runUntilDisabledWait();
        if (((int) machine.psw() & 0xFFFFFF) != SET_KEYS + 16) {
            throw new IllegalStateException("storage keys: the nucleus's SSK routine stopped at "
                    + Long.toHexString(machine.psw()) + " (expected: its wait PSW at " + Integer.toHexString(SET_KEYS + 16) + ")");
        }
    }

    /**
     * Where a program resumes after SVC 202: a fullword whose first byte is zero after the SVC is
     * an error address (no instruction starts with X'00'); it is skipped, and taken when the return
     * code is not zero and the address is not 0 or 1.
     */
    private int continuation(int after, int rc) {
        if (!memory.inside(after, 4) || memory.byteAt(after) != 0) {
            return after;
        }
        int error = memory.word(after) & 0xFFFFFF;
        return rc != 0 && error > 1 ? error : after + 4;
    }

    /** Types the abend message (R1 of ABEND: system code in bits 8-19, user code in bits 20-31). */
    private int abend(int completion, int at) {
        int system = completion >>> 12 & 0xFFF;
        int user = completion & 0xFFF;
        if (system != 0) {
            host.type(String.format(Locale.ROOT, "DMSABN148T SYSTEM ABEND %03X CALLED FROM %06X", system, at));
            return system;
        }
        host.type(String.format(Locale.ROOT, "DMSABN155T USER ABEND %04d CALLED FROM %06X", user, at));
        return user;
    }
}
