package vm370.cp.console;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import vm370.cp.vm.ConsoleOutput;
import vm370.cp.vm.VirtualMachine;

/**
 * The console of a machine whose user disconnected: output is dropped, and a console read left
 * waiting for longer than the limit (15 minutes, as VM/370) logs the machine off, since no one
 * is there to answer it. A read that ends, or a reconnect, cancels the count.
 */
final class DisconnectedConsole implements ConsoleOutput {

    private final VirtualMachine machine;
    private final ScheduledExecutorService timers;
    private final Duration limit;
    private final Runnable logoff;
    /** Guarded by this. */
    private ScheduledFuture<?> pending;

    DisconnectedConsole(VirtualMachine machine, ScheduledExecutorService timers, Duration limit, Runnable logoff) {
        this.machine = machine;
        this.timers = timers;
        this.limit = limit;
        this.logoff = logoff;
    }

    /** Starts counting when the machine already waits for a read. */
    DisconnectedConsole start() {
        statusChanged();
        return this;
    }

    @Override
    public void line(String text) {
    }

    @Override
    public boolean connected() {
        return false;
    }

    @Override
    public synchronized void statusChanged() {
        boolean reading = machine.consoleReadPending();
        // At SHUTDOWN the timers stop before the last terminals have hung up: nothing is counted then.
        if (reading && pending == null && !timers.isShutdown()) {
            pending = timers.schedule(this::expired, limit.toMillis(), TimeUnit.MILLISECONDS);
        } else if (!reading && pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** Stops counting: the user reconnected or logged off. */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void expired() {
        synchronized (this) {
            if (pending == null) {
                return;
            }
            pending = null;
        }
        if (machine.consoleReadPending() && !machine.connected()) {
            logoff.run();
        }
    }
}
