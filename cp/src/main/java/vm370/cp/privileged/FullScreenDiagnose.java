package vm370.cp.privileged;

import java.util.Optional;
import vm370.cp.vm.FullScreenConsole;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;

/**
 * DIAGNOSE X'58', full-screen console I/O: a guest (XEDIT, FILELIST) writes whole 3270 data
 * streams to its user's display and reads back the keys pressed, while CP's line-mode console
 * steps aside. As in VM/SP, Rx addresses a CCW and Ry holds the virtual console's address; the CCW
 * command says what to do, its data address and count give the area. The command codes beyond
 * VM/SP's X'29' (write) and X'2A' (read) are ours.
 * @vm370 DMKHVC, DMKGRF
 */
final class FullScreenDiagnose {

    /** CCW command codes. */
    static final int WRITE = 0x29;
    static final int READ = 0x2A;
    static final int SIZE = 0xE4;
    static final int RELEASE = 0x03;

    private final VirtualMachine machine;

    FullScreenDiagnose(VirtualMachine machine) {
        this.machine = machine;
    }

    /**
     * Rx: the address of a CCW (doubleword aligned): command, 24-bit data address, flags, count.
     * Ry: the virtual console's address (-1 also names it). Commands:
     * <ul>
     * <li>X'29' write: the {@code count} bytes at the data address are a data stream as a 3270
     *   takes it (write command, WCC, orders and text). cc 0 written, 2 the terminal went away.
     * <li>X'2A' read: waits, off the processor, for the user's next AID key and stores the inbound
     *   record (AID, cursor address, modified fields, as Read Modified gives them) at the data
     *   address, at most {@code count} bytes; R(y+1) gets the length stored. cc 0 stored, 1 cut
     *   to the count, 2 nothing: the user left full screen for CP (PA1) or the terminal went away.
     * <li>X'E4' screen size: rows (2 bytes) and columns (2 bytes) at the data address; count at least 4.
     * <li>X'03' release: the screen goes back to CP's line-mode console. cc 0.
     * </ul>
     * cc 3: Ry is not the console, or the console is not a 3270 that can take a data stream (a line-mode
     * terminal, or none connected). Another command, a misaligned CCW or a zero count is a specification exception.
     */
    void diagnose(Cpu cpu, int rx, int ry) {
        int ccwAddress = cpu.gpr[rx] & 0xFFFFFF;
        if ((ccwAddress & 7) != 0) {
            throw specification();
        }
        byte[] ccw = new byte[8];
        cpu.fetchBytes(ccwAddress, ccw, 0, 8);
        int command = ccw[0] & 0xFF;
        int data = ((ccw[1] & 0xFF) << 16) | ((ccw[2] & 0xFF) << 8) | (ccw[3] & 0xFF);
        int count = ((ccw[6] & 0xFF) << 8) | (ccw[7] & 0xFF);
        if ((command != WRITE && command != READ && command != SIZE && command != RELEASE) || count == 0
                || (command == SIZE && count < 4)) {
            throw specification();
        }
        FullScreenConsole screen = machine.fullScreen();
        if ((cpu.gpr[ry] != -1 && cpu.gpr[ry] != machine.consoleAddress()) || !screen.available()) {
            cpu.setConditionCode(3);
            return;
        }
        cpu.setConditionCode(switch (command) {
            case WRITE -> write(cpu, screen, data, count);
            case READ -> read(cpu, ry, data, count);
            case SIZE -> {
                byte[] size = {(byte) (screen.rows() >> 8), (byte) screen.rows(), (byte) (screen.columns() >> 8), (byte) screen.columns()};
                cpu.storeBytes(data, size, 0, 4);
                yield 0;
            }
            default -> {
                screen.release();
                yield 0;
            }
        });
    }

    private static int write(Cpu cpu, FullScreenConsole screen, int data, int count) {
        byte[] stream = new byte[count];
        cpu.fetchBytes(data, stream, 0, count);
        return screen.write(stream) ? 0 : 2;
    }

    private int read(Cpu cpu, int ry, int data, int count) {
        cpu.checkAccess(data, count, true);
        Optional<byte[]> keyed = machine.readFullScreen();
        if (keyed.isEmpty()) {
            return 2;
        }
        byte[] in = keyed.get();
        int stored = Math.min(in.length, count);
        cpu.storeBytes(data, in, 0, stored);
        cpu.gpr[(ry + 1) & 15] = stored;
        return in.length > count ? 1 : 0;
    }

    private static ProgramInterruption specification() {
        return new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
    }
}
