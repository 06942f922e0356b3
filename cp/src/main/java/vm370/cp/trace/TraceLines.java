package vm370.cp.trace;

import java.util.List;
import vm370.s370.cpu.ExecutionMonitor.Interruption;
import vm370.s370.isa.Disassembler;

/**
 * The lines TRACE writes. The CP Command Reference's exact columns are not in our reference, so the
 * layout is ours, in VM/370's spirit and within 80 columns:
 * <pre>
 * 020000  4110 0001       LA    1,1                                            (INSTRUCTION)
 * *** 020010 BRANCH TO 020040                                                  (BRANCH)
 * SVC   020006  0A0D      OLD PSW = FF000000 40020008  NEW PSW = 00020000 0000000D
 * PROG  020010  CODE 0001 OLD PSW = ...  NEW PSW = ...     (EXT with CODE, I/O with DEV)
 * PRIV  020020  B218 0040       SPKA  64(0)              (SIO alike, then "  CC n")
 * CCW   020100  02020200 20000050                          CSW   DEV 000E  CSW = 00020108 0C000000
 * </pre>
 */
final class TraceLines {

    private TraceLines() {
    }

    /** An instruction as the disassembler lists it; null when it could not be fetched. */
    static String instruction(int address, long instruction) {
        if (instruction < 0) {
            return null;
        }
        int length = (((int) (instruction >>> 46)) + 3) >>> 1 << 1;
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (instruction >>> (40 - 8 * i));
        }
        List<String> listing = Disassembler.listing(bytes, address);
        return listing.getFirst();
    }

    static String branch(int from, int to) {
        return String.format("*** %06X BRANCH TO %06X", from, to);
    }

    /** The instruction that caused an SVC or program interruption: the old PSW's address less its length. */
    static String interruption(Interruption kind, int code, int address, long oldPsw, long newPsw) {
        String what = switch (kind) {
            case SVC -> String.format("SVC   %06X  0A%02X     ", address, code & 0xFF);
            case PROGRAM -> String.format("PROG  %06X  CODE %04X", address, code & 0xFFFF);
            case EXTERNAL -> String.format("EXT   %06X  CODE %04X", address, code & 0xFFFF);
            case IO -> String.format("I/O   %06X  DEV  %04X", address, code & 0xFFFF);
            case RESTART -> String.format("RST   %06X           ", address);
            case MACHINE_CHECK -> String.format("MCK   %06X           ", address);
        };
        return what + " " + psw("OLD", oldPsw) + "  " + psw("NEW", newPsw);
    }

    static String csw(int device, long csw) {
        return String.format("CSW   DEV  %04X  CSW = %08X %08X", device & 0xFFFF, (int) (csw >>> 32), (int) csw);
    }

    static String ccw(int address, long ccw) {
        return String.format("CCW   %06X  %08X %08X", address, (int) (ccw >>> 32), (int) ccw);
    }

    private static String psw(String which, long psw) {
        return String.format("%s PSW = %08X %08X", which, (int) (psw >>> 32), (int) psw);
    }
}
