package vm370.cp.console;

import java.util.concurrent.atomic.AtomicBoolean;
import vm370.cp.vm.VirtualMachine;

/**
 * A terminal's DIAL connection to a virtual machine's device, whatever the device: whose machine,
 * which address, and the drop, which CP hears of once however many ways the connection ends.
 */
abstract sealed class DialedConnection permits DialedDisplay, DialedLine {

    private final VirtualMachine machine;
    private final int address;
    private final Runnable dropped;
    private final AtomicBoolean ended = new AtomicBoolean();

    DialedConnection(VirtualMachine machine, int address, Runnable dropped) {
        this.machine = machine;
        this.address = address;
        this.dropped = dropped;
    }

    final VirtualMachine machine() {
        return machine;
    }

    final int address() {
        return address;
    }

    /** The device let go of the terminal: CP takes it back, the first time only. */
    final void drop() {
        if (ended.compareAndSet(false, true)) {
            dropped.run();
        }
    }
}
