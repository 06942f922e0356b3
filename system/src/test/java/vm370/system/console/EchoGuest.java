package vm370.system.console;

import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.s370.text.Ebcdic;

/**
 * A tiny guest for the console tests (named system ECHO): says {@code ECHO READY}, then reads its
 * 3215 console and answers each line with {@code ECHO n: line}, counting, until CP ends it. The
 * count shows a machine kept running (and kept its state) across a disconnect.
 */
final class EchoGuest implements GuestSystem {

    private static final int CONSOLE = 0x009;
    private static final int CCW = 0x800;
    private static final int BUFFER = 0x1000;
    private static final int CSW = 0x40;
    private static final int LENGTH = 130;

    @Override
    public String name() {
        return "ECHO";
    }

    @Override
    public void run(GuestMachine machine, String parm) {
        write(machine, "ECHO READY");
        for (int n = 1; ; n++) {
            write(machine, "ECHO " + n + ": " + read(machine));
        }
    }

    private static void write(GuestMachine machine, String text) {
        byte[] bytes = Ebcdic.CP037.encode(text);
        machine.write(BUFFER, bytes, 0, bytes.length);
        channelProgram(machine, 0x09, bytes.length);
    }

    private static String read(GuestMachine machine) {
        channelProgram(machine, 0x0A, LENGTH);
        byte[] csw = new byte[8];
        machine.read(CSW, csw, 0, 8);
        int residual = (csw[6] & 0xFF) << 8 | csw[7] & 0xFF;
        byte[] line = new byte[LENGTH - residual];
        machine.read(BUFFER, line, 0, line.length);
        return Ebcdic.CP037.decode(line, 0, line.length);
    }

    /**
     * One CCW (SLI on) at {@link #CCW}, started on the console and waited for. A line typed while no
     * read was pending raised attention, which the next SIO reports first (cc 1, the attention's CSW
     * stored): the SIO is simply issued again, and a read then takes the line.
     */
    private static void channelProgram(GuestMachine machine, int command, int count) {
        byte[] ccw = {(byte) command, 0, (byte) (BUFFER >> 8), (byte) BUFFER, 0x20, 0, (byte) (count >> 8), (byte) count};
        machine.write(CCW, ccw, 0, ccw.length);
        while (machine.startIo(CONSOLE, CCW) == 1) {
            Thread.onSpinWait();
        }
        machine.awaitStatus(CONSOLE);
    }
}
