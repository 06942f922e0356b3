package vm370.spool;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import vm370.spool.command.SpoolCommands;
import vm370.spool.file.SpoolStore;
import vm370.spool.host.RealDevices;
import vm370.spool.host.RealOutputDevice;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.queue.SpoolManager;

/**
 * The spooling subsystem as CP uses it: the store (warm-started on open), the queues, the commands,
 * the real devices, and one platform thread that runs the real printers and punches whenever a file
 * arrives or a device is started. Closing it checkpoints the database (fsync) and stops the thread.
 */
public final class SpoolSystem implements AutoCloseable {

    private final SpoolStore store;
    private final SpoolManager manager;
    private final RealDevices realDevices = new RealDevices();
    private final SpoolCommands commands;
    private final Semaphore work = new Semaphore(0);
    private final Thread deviceThread;
    private volatile boolean running = true;

    /**
     * Opens the spool in {@code directory}, recovering every closed file.
     * @param userExists true for users in the CP directory
     */
    public SpoolSystem(Path directory, Clock clock, SpoolLimits limits, Predicate<String> userExists) {
        this.store = SpoolStore.open(directory);
        this.manager = new SpoolManager(store, clock, limits);
        this.commands = new SpoolCommands(manager, userExists, realDevices, this::wakeDevices);
        manager.onArrival(file -> wakeDevices());
        this.deviceThread = Thread.ofPlatform().daemon().name("spool-devices").start(this::runDevices);
    }

    /** The queues (what CP's virtual devices are built on). */
    public SpoolManager manager() {
        return manager;
    }

    /** The spool commands' logic. */
    public SpoolCommands commands() {
        return commands;
    }

    /** The real unit-record devices; add them from the configuration. */
    public RealDevices realDevices() {
        return realDevices;
    }

    /** Asks the device thread to look for work. */
    public void wakeDevices() {
        work.release();
    }

    private void runDevices() {
        while (running) {
            work.acquireUninterruptibly();
            work.drainPermits();
            for (RealOutputDevice device : realDevices.outputDevices()) {
                if (running) {
                    device.processQueue();
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        work.release();
        deviceThread.join();
        store.close();
    }
}
