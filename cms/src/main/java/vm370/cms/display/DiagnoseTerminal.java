package vm370.cms.display;

import java.util.Optional;
import vm370.cp.guest.GuestMachine;

/**
 * The full-screen terminal through DIAGNOSE X'58', as a CMS guest reaches it: a CCW and its data
 * are built in the machine's storage at a work area CMS gives, Rx addresses the CCW and Ry holds
 * the console's virtual address. CCW X'29' writes a data stream, X'2A' reads the next inbound
 * record (R(y+1) gets its length), X'E4' gives the screen size, X'03' returns to line mode.
 * @vm370 DMSGRN
 */
public final class DiagnoseTerminal implements FullScreenTerminal {

    private static final int WRITE = 0x29;
    private static final int READ = 0x2A;
    private static final int SIZE = 0xE4;
    private static final int RELEASE = 0x03;
    private static final int RX = 2;
    private static final int RY = 4;

    private final GuestMachine machine;
    private final int consoleAddress;
    private final int ccwAddress;
    private final int dataAddress;
    private final int dataLength;
    private int rows;
    private int columns;

    /**
     * A terminal at {@code consoleAddress}; CMS lends the storage at {@code workArea} (doubleword
     * aligned, {@code workLength} bytes: 8 for the CCW, the rest for data streams).
     */
    public DiagnoseTerminal(GuestMachine machine, int consoleAddress, int workArea, int workLength) {
        if ((workArea & 7) != 0 || workLength < 4096) {
            throw new IllegalArgumentException("work area: " + workArea + "/" + workLength
                    + " (expected: doubleword aligned, at least 4096 bytes)");
        }
        this.machine = machine;
        this.consoleAddress = consoleAddress;
        this.ccwAddress = workArea;
        this.dataAddress = workArea + 8;
        this.dataLength = Math.min(workLength - 8, 0xFFFF);
    }

    /** True when the console is a 3270 in a state to take a data stream (DIAGNOSE X'58' size query succeeds). */
    public boolean available() {
        if (diagnose(SIZE, 4) != 0) {
            return false;
        }
        byte[] size = new byte[4];
        machine.read(dataAddress, size, 0, 4);
        rows = ((size[0] & 0xFF) << 8) | (size[1] & 0xFF);
        columns = ((size[2] & 0xFF) << 8) | (size[3] & 0xFF);
        return rows > 0 && columns > 0;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public boolean write(byte[] stream) {
        if (stream.length > dataLength) {
            throw new IllegalArgumentException("data stream: " + stream.length + " bytes (expected: at most " + dataLength + ")");
        }
        machine.write(dataAddress, stream, 0, stream.length);
        return diagnose(WRITE, stream.length) == 0;
    }

    @Override
    public Optional<byte[]> read() {
        int cc = diagnose(READ, dataLength);
        if (cc >= 2) {
            return Optional.empty();
        }
        int length = machine.gpr(RY + 1);
        byte[] data = new byte[length];
        machine.read(dataAddress, data, 0, length);
        return Optional.of(data);
    }

    @Override
    public void release() {
        diagnose(RELEASE, 1);
    }

    private int diagnose(int command, int count) {
        byte[] ccw = {(byte) command, (byte) (dataAddress >>> 16), (byte) (dataAddress >>> 8), (byte) dataAddress,
                0, 0, (byte) (count >>> 8), (byte) count};
        machine.write(ccwAddress, ccw, 0, 8);
        machine.setGpr(RX, ccwAddress);
        machine.setGpr(RY, consoleAddress);
        return machine.diagnose(0x58, RX, RY);
    }
}
