package vm370.cp.vm;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import vm370.cp.dispatch.Dispatchable;
import vm370.cp.dispatch.Dispatcher;
import vm370.cp.guest.GuestEnded;
import vm370.cp.guest.GuestSystem;
import vm370.cp.paging.FramePool;
import vm370.cp.paging.PagedStorage;
import vm370.cp.privileged.PrivilegedSimulator;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelSubsystem;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.DiagnoseHandler;
import vm370.s370.device.console.Console3215;
import vm370.s370.ipl.InitialProgramLoad;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.TodClock;

/**
 * A virtual machine: the user logged on, the storage CP pages for it, its virtual CPU, its
 * virtual channel with the devices at their virtual addresses, and the one thread that runs it.
 *
 * <p>The machine's thread is the only one that touches its CPU, storage and devices. It holds a
 * real processor (from the {@link Dispatcher}) and its storage's owner lock while it runs, and
 * neither while it waits, so a waiting machine costs no processor and its pages may be stolen.
 * Other threads ask it to do things with {@link #perform}: the work runs on the machine's thread
 * at the next instruction boundary, or at once when the machine is stopped.
 * @vm370 VMBLOK
 */
public final class VirtualMachine {

    private static final System.Logger LOG = System.getLogger(VirtualMachine.class.getName());

    /** Instructions a machine runs before it offers its processor to a waiting machine. */
    static final long SLICE_INSTRUCTIONS = 200_000;

    /**
     * How long a machine waits before it gives its TLB up. A machine that waits longer is idle (a
     * user thinking): thousands may be, and each buffer is 200K. One that waits less (for I/O, a
     * timer, another machine's message) would only build it again at once.
     */
    static final long IDLE_NANOS = 100_000_000L;

    /**
     * Why a guest system written in Java ends when IPL (or RESTART) asks the machine to run
     * something else, or DEFINE STORAGE resets it: CP says nothing beyond the command's response.
     */
    private static final String REPLACED = "IPL";

    /** What the machine is doing, as the status area of its console shows it. */
    public enum RunState { STOPPED, RUNNING, WAITING, LOGGED_OFF }

    private final String userid;
    private final Dispatchable dispatchable;
    private final Dispatcher dispatcher;
    private final FramePool framePool;
    private final PagedStorage storage;
    private final ReentrantLock owner;
    private final Cpu cpu;
    private final ChannelSubsystem channel;
    private final Console3215 console;
    private final int consoleAddress;
    private final Map<Integer, ChannelDevice> devices = new TreeMap<>();
    private final PrivilegedSimulator privileged;
    /** The request to run next: taken with getAndSet, so that one made while another is taken is not lost. */
    private final java.util.concurrent.atomic.AtomicReference<Runnable> runRequest = new java.util.concurrent.atomic.AtomicReference<>();
    private DiagnoseHandler diagnose = DiagnoseHandler.NONE;
    /** True while a guest system written in Java runs on the machine's thread. */
    private volatile boolean guestRunning;
    private volatile ConsoleOutput output = ConsoleOutput.DISCONNECTED;
    /** Where the console spool (SPOOL CONSOLE) takes its copy of every console line, output and input. */
    private volatile ConsoleOutput consoleLog = ConsoleOutput.DISCONNECTED;
    private volatile FullScreenConsole fullScreen = FullScreenConsole.NONE;
    private volatile RunState state = RunState.STOPPED;
    /** Set once, by LOGOFF or FORCE: the machine's thread ends at its next check. */
    private volatile boolean loggedOff;
    private volatile boolean stopRequested;
    private volatile String ending;
    private volatile MessageEditing messageEditing = MessageEditing.TEXT;
    private final Vmcf vmcf;
    private final SpecialMessages specialMessages;
    /** Lines typed and posted to the machine's thread, not yet handed to the console. */
    private final java.util.concurrent.atomic.AtomicInteger typedInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private Thread thread;
    /** The CPU's instruction count when last reported to the dispatcher; owned by the machine's thread. */
    private long instructionsCounted;
    /** When the waiting machine becomes idle ({@link #IDLE_NANOS}); owned by the machine's thread. */
    private long idleAt;
    /** True while a waiting machine still holds its TLB; owned by the machine's thread. */
    private boolean tlbKept;
    /** When the user logged on, for the CONNECT= time of QUERY TIME and LOGOFF. */
    private final long logonNanos = System.nanoTime();

    /**
     * A machine of {@code storageSize} bytes (a multiple of 4K) whose console is a 3215 at
     * {@code consoleAddress}; its thread starts with {@link #start}.
     */
    public VirtualMachine(String userid, int storageSize, int consoleAddress, int cpuId,
                          Dispatcher dispatcher, FramePool framePool, TodClock tod) {
        this.userid = userid;
        this.dispatchable = new Dispatchable(userid);
        this.dispatcher = dispatcher;
        this.framePool = framePool;
        this.storage = framePool.attach(storageSize);
        dispatchable.measureWorkingSetBy(storage::residentPages);
        storage.waitForPagesBy(this::pageWait);
        this.owner = storage.owner();
        this.cpu = new Cpu(storage.storage(), tod, 0, Cpu.STANDARD_FEATURES);
        dispatchable.yieldWhenAskedBy(cpu::returnSoon);
        this.channel = new ChannelSubsystem(cpu);
        this.cpu.attachIo(channel);
        this.vmcf = new Vmcf(userid, cpu, this::perform);
        this.specialMessages = new SpecialMessages(vmcf);
        this.privileged = new PrivilegedSimulator(cpuId);
        this.cpu.attachInterception(privileged);
        this.consoleAddress = consoleAddress;
        this.console = new Console3215(new LineSplitter(this::consoleLine), Ebcdic.CP037);
        console.listenForReads(() -> output.statusChanged());
        attach(consoleAddress, console);
    }

    /** Lines the user typed that the guest has not read yet (a 3270 says NOT ACCEPTED to more). */
    public int consoleLinesWaiting() {
        return typedInFlight.get() + console.linesWaiting();
    }

    /** True while the guest waits for a line from the user's console (the 3270 shows VM READ). */
    public boolean consoleReadPending() {
        return console.readPending();
    }

    public String userid() {
        return userid;
    }

    public Dispatchable dispatchable() {
        return dispatchable;
    }

    public RunState state() {
        return loggedOff ? RunState.LOGGED_OFF : state;
    }

    /** The machine's virtual CPU; only its own thread may use it. */
    public Cpu cpu() {
        return cpu;
    }

    public PagedStorage storage() {
        return storage;
    }

    public ChannelSubsystem channel() {
        return channel;
    }

    public PrivilegedSimulator privileged() {
        return privileged;
    }

    /** Gives DIAGNOSE to CP's services. */
    public void attachDiagnose(DiagnoseHandler handler) {
        this.diagnose = handler;
        cpu.attachDiagnose(handler);
    }

    DiagnoseHandler diagnoseHandler() {
        return diagnose;
    }

    /** Connects the user's terminal (or nothing, when disconnected) to the machine's console. */
    public void connectConsole(ConsoleOutput out) {
        this.output = out;
    }

    /** Connects (or, with {@link FullScreenConsole#NONE}, takes away) the full-screen side of the user's 3270. */
    public void connectFullScreen(FullScreenConsole screen) {
        this.fullScreen = screen;
    }

    /** The full-screen console DIAGNOSE X'58' drives; {@link FullScreenConsole#NONE} on a line-mode terminal. */
    public FullScreenConsole fullScreen() {
        return fullScreen;
    }

    /** True while a terminal is connected (false when disconnected: messages are not received). */
    public boolean connected() {
        return output.connected();
    }

    /** How long the user has been logged on. */
    public java.time.Duration connectTime() {
        return java.time.Duration.ofNanos(System.nanoTime() - logonNanos);
    }

    /** Gives every console line, output and typed, to {@code log} too (the console spool); connected once at logon. */
    public void logConsole(ConsoleOutput log) {
        this.consoleLog = log;
    }

    /** Writes a line to the user's console: CP's responses and messages, and the guest's console writes. */
    public void consoleLine(String text) {
        output.line(text);
        consoleLog.line(text);
    }

    /** A line the user typed for the machine's virtual console (a read completes, or attention is raised). */
    public void typed(String line) {
        consoleLog.line(line);
        typedInFlight.incrementAndGet();
        perform(() -> {
            typedInFlight.decrementAndGet();
            console.offerLine(line);
        });
    }

    /** Attaches a device at a virtual address (LOGON, DEFINE, LINK, ATTACH); on the machine's thread or before it starts. */
    public void attach(int address, ChannelDevice device) {
        devices.put(address, device);
        channel.attach(address, device);
    }

    /** Removes the device at a virtual address (DETACH); null when there is none. On the machine's thread. */
    public ChannelDevice detach(int address) {
        ChannelDevice device = devices.remove(address);
        if (device != null) {
            channel.detach(address);
        }
        return device;
    }

    /**
     * Runs {@code work} on the machine's thread (at once when called there, or when the thread has
     * ended) and returns its result:
     * for CP services that change the machine's devices, called from a command's thread. Called
     * on another machine's thread, that machine gives its processor up while it waits: this
     * machine may need one to take the request (vm370.cp.dispatch).
     */
    public <T> T call(Supplier<T> work) {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null || Thread.currentThread() == t || !t.isAlive()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        perform(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        Dispatchable caller = dispatcher.heldByThisThread();
        if (caller != null) {
            dispatcher.release(caller);
        }
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("machine " + userid + " did not take the request", e);
        } finally {
            if (caller != null) {
                dispatcher.acquire(caller);
            }
        }
    }

    /** The machine's side of VMCF (DIAGNOSE X'68'): messages to and from other machines' programs. */
    public Vmcf vmcf() {
        return vmcf;
    }

    /** SMSG for the program running in the machine, presented through its VMCF. */
    public SpecialMessages specialMessages() {
        return specialMessages;
    }

    /** SET EMSG: how the user's error messages are edited (DIAGNOSE 5C). */
    public MessageEditing messageEditing() {
        return messageEditing;
    }

    public void setMessageEditing(MessageEditing editing) {
        this.messageEditing = editing;
    }

    /** The devices by virtual address, for QUERY VIRTUAL; on the machine's thread. */
    public Map<Integer, ChannelDevice> devices() {
        return devices;
    }

    public int consoleAddress() {
        return consoleAddress;
    }

    /** Starts the machine's thread; it waits, stopped, for work (CP READ). */
    public synchronized void start() {
        thread = Thread.ofVirtual().name("vm-" + userid).start(this::loop);
    }

    /**
     * Runs {@code work} on the machine's thread, with its storage lock held: at the next
     * instruction boundary while it runs, at once while it is stopped, when it wakes while it waits.
     */
    public void perform(Runnable work) {
        cpu.post(work);
        wake();
    }

    /**
     * Makes the machine run something next (IPL, BEGIN): a running machine is stopped first, then
     * the machine's thread runs it. The request runs without locks; it takes what it needs.
     */
    public void requestRun(Runnable run) {
        // Stop first: published before the stop, the request could start (and clear the stop) in
        // between, and the late stop would then hold the new run at its first checkpoint.
        stop();
        runRequest.set(run);
        // A guest system written in Java only stops at its checkpoints; it must end for the request to run.
        if (guestRunning) {
            ending = REPLACED;
        }
        wake();
    }

    /** Stops instruction execution at the next boundary (PA1, #CP, the STOP of SYSTEM RESET). */
    public void stop() {
        stopRequested = true;
        cpu.post(() -> cpu.setStopped(true));
        wake();
    }

    /**
     * Loads the machine from one of its devices (IPL): a CPU reset, then the IPL channel program
     * reads the first records into storage and the PSW at 0 becomes current. On the machine's thread.
     */
    public InitialProgramLoad.Outcome loadFrom(int deviceAddress) {
        owner.lock();
        try {
            vmcf.unauthorize();
            cpu.initialCpuReset();
            return InitialProgramLoad.load(cpu, channel, deviceAddress);
        } finally {
            owner.unlock();
        }
    }

    /**
     * DEFINE STORAGE: the machine gets {@code size} bytes of new storage, all zeros, and a system
     * reset; it stops in CP mode and must be IPLed again. A program running is stopped, a guest
     * system ends at its next call to CP, the old frames go back to CP (cleared before anyone gets
     * them) and the translations and decoded instructions cached from them are dropped.
     * On the machine's thread, which holds the storage lock (commands run there).
     */
    public void redefineStorage(int size) {
        stop();
        if (guestRunning) {
            ending = REPLACED;
        }
        vmcf.unauthorize();
        storage.redefine(size);
        cpu.releaseTlb();
        cpu.initialCpuReset();
        channel.reset();
    }

    /** Runs the virtual CPU from its PSW (BEGIN); on the machine's thread, from a run request. */
    public void begin() {
        stopRequested = false;
        cpu.setStopped(false);
        runCpu();
    }

    /** Runs a guest system written in Java from IPL until it returns or CP ends it; on the machine's thread. */
    public void runGuest(GuestSystem system, String parm) {
        stopRequested = false;
        ending = null;
        vmcf.unauthorize();
        acquire();
        // IPL resets the machine's I/O: a channel program an ended guest left running (a console read) must not hold the new one.
        channel.reset();
        state = RunState.RUNNING;
        guestRunning = true;
        if (runRequest.get() != null) {
            // Asked for after this run was taken, before guestRunning said a guest runs: it ends at once.
            ending = REPLACED;
        }
        output.statusChanged();
        try {
            system.run(new GuestMachineView(this), parm);
        } catch (GuestEnded e) {
            if (!loggedOff && !REPLACED.equals(e.getMessage())) {
                consoleLine(e.getMessage());
            }
        } catch (RuntimeException | Error e) {
            // A guest system's own failure must not take down its machine's thread, or CP.
            LOG.log(System.Logger.Level.ERROR, "guest system " + system.name() + " failed in " + userid, e);
            consoleLine("DMKDSP451E " + system.name().toUpperCase(java.util.Locale.ROOT) + " FAILED: " + e);
        } finally {
            guestRunning = false;
            state = RunState.STOPPED;
            releaseProcessor();
            output.statusChanged();
        }
    }

    /** True while a guest system written in Java runs (BEGIN then resumes it rather than the CPU). */
    public boolean guestRunning() {
        return guestRunning;
    }

    /** Lets a guest system paused by {@link #stop} go on (BEGIN). */
    public void resume() {
        stopRequested = false;
        cpu.post(() -> cpu.setStopped(false));
        wake();
    }
    public void logoff() {
        vmcf.unauthorize();
        ending = "LOGOFF";
        loggedOff = true;
        stop();
    }

    /** Waits until the machine's thread has ended (after {@link #logoff}). */
    public void awaitEnd(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }

    /**
     * Sleeps, off the processor, until woken or, when a timer is due ({@code nanos} is not
     * Long.MAX_VALUE), until then. Every change that matters to a waiting machine unparks its
     * thread (posted work, a run request, stop, logoff), and a park after an unpark returns at
     * once, so an idle machine never needs to wake up to look, except once: when it has waited
     * {@link #IDLE_NANOS}, to give its TLB up. Callers loop until what they wait for is there.
     */
    private void park(long nanos) {
        if (tlbKept) {
            long untilIdle = idleAt - System.nanoTime();
            if (untilIdle > 0) {
                LockSupport.parkNanos(this, Math.min(nanos, untilIdle));
                return;
            }
            releaseTlbWhileWaiting();
        }
        if (nanos == Long.MAX_VALUE) {
            LockSupport.park(this);
        } else {
            LockSupport.parkNanos(this, nanos);
        }
    }

    /**
     * Empties and frees the TLB of a machine that waits, off its processor. Nothing about a wait
     * itself needs it emptied: what changes the address space meanwhile purges the buffer anyway
     * (a stolen frame or a key set bumps the storage's generation, checked before the next
     * instruction; CP's changes to the machine run on its thread and purge it themselves).
     */
    private void releaseTlbWhileWaiting() {
        tlbKept = false;
        owner.lock();
        try {
            cpu.releaseTlb();
        } finally {
            owner.unlock();
        }
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** The machine's thread: stopped (CP READ), it does posted work and run requests until logoff. */
    private void loop() {
        try {
            while (!loggedOff) {
                runPostedWorkLocked();
                Runnable run = runRequest.getAndSet(null);
                if (run != null) {
                    run.run();
                } else {
                    LockSupport.park(this);
                }
            }
        } finally {
            storage.releaseAll();
        }
    }

    /** Runs the virtual CPU, a time slice at a time, until it stops, enters a disabled wait, or is logged off. */
    private void runCpu() {
        acquire();
        state = RunState.RUNNING;
        output.statusChanged();
        try {
            while (!stopRequested) {
                switch (cpu.run(SLICE_INSTRUCTIONS)) {
                    case INSTRUCTION_LIMIT -> endSlice();
                    case ENABLED_WAIT -> waitForWork();
                    case DISABLED_WAIT -> {
                        long psw = waitPsw();
                        consoleLine(String.format("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '%08X %08X'",
                                (int) (psw >>> 32), (int) psw));
                        return;
                    }
                    case STOPPED -> {
                        return;
                    }
                }
            }
        } finally {
            state = RunState.STOPPED;
            releaseProcessor();
            output.statusChanged();
        }
    }

    /** The wait PSW as the program loaded it: a BC-mode PSW's instruction-length code means nothing here. */
    private long waitPsw() {
        long psw = cpu.currentPsw();
        return cpu.ecMode() ? psw : psw & ~(3L << 30);
    }

    /** Between slices: excess frames go back to CP, and the processor to whoever waits for it. */
    void endSlice() {
        countInstructions();
        framePool.trim(storage);
        owner.unlock();
        dispatcher.yieldProcessor(dispatchable);
        // The thread is virtual: a loop keeping its processor would keep its carrier thread too, and
        // the host's other virtual threads (terminals, other machines' IPLs and consoles) could not run.
        Thread.yield();
        owner.lock();
    }

    /** The machine waits (an enabled wait): it sleeps off its processor until work is posted or a timer falls due. */
    void waitForWork() {
        offProcessor(RunState.WAITING, () -> {
            long nanos;
            while (!stopRequested && (nanos = cpu.nanosUntilWork()) > 0) {
                park(nanos);
            }
        });
    }

    /**
     * Runs {@code sleep} holding neither a real processor nor the storage lock, then takes them
     * back. The TLB is kept for a short wait and given up by {@link #park} once the machine is
     * idle (a waiting machine should cost little: there may be thousands).
     */
    private void offProcessor(RunState waiting, Runnable sleep) {
        state = waiting;
        idleAt = System.nanoTime() + IDLE_NANOS;
        tlbKept = true;
        releaseProcessor();
        try {
            sleep.run();
        } finally {
            acquire();
            state = RunState.RUNNING;
        }
    }

    /**
     * Where a guest system's calls check in with CP: a machine being taken away ends the guest
     * ({@link GuestEnded}); a stopped machine (PA1) waits here, holding no processor, until BEGIN.
     */
    void checkpoint() {
        while (true) {
            String why = ending;
            if (why != null) {
                throw new GuestEnded(why);
            }
            if (!stopRequested) {
                return;
            }
            offProcessor(RunState.STOPPED, () -> {
                while (stopRequested && ending == null) {
                    park(Long.MAX_VALUE);
                    runPostedWorkLocked();
                }
            });
        }
    }

    /**
     * Waits for the user's next key at the full-screen terminal (DIAGNOSE X'58' read) holding no
     * processor and no storage lock; empty when the user left full screen or the terminal went away.
     */
    public java.util.Optional<byte[]> readFullScreen() {
        FullScreenConsole screen = fullScreen;
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<byte[]>> keyed =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
        offProcessor(RunState.WAITING, () -> {
            // A person's next key is a long wait.
            releaseTlbWhileWaiting();
            try {
                keyed.set(screen.read());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return keyed.get();
    }

    /** A guest system (or a synchronous DIAGNOSE) waits for a device: no processor, no storage lock, until work is posted. */
    public void waitForPostedWork() {
        offProcessor(RunState.WAITING, () -> {
            while (!cpu.hasPostedWork() && !stopRequested && ending == null) {
                park(Long.MAX_VALUE);
            }
        });
        cpu.runPostedWork();
    }

    /** Runs the virtual CPU for a guest system until a disabled wait; on the machine's thread, dispatched. */
    void runUntilDisabledWait() {
        cpu.setStopped(false);
        while (true) {
            checkpoint();
            switch (cpu.run(SLICE_INSTRUCTIONS)) {
                case INSTRUCTION_LIMIT -> endSlice();
                case ENABLED_WAIT -> waitForWork();
                case DISABLED_WAIT -> {
                    return;
                }
                case STOPPED -> cpu.setStopped(false);
            }
        }
    }

    private void runPostedWorkLocked() {
        owner.lock();
        try {
            cpu.runPostedWork();
        } finally {
            owner.unlock();
        }
    }

    /**
     * A page fault that reads the paging file. When the program's own instruction faulted, the
     * machine's processor goes to another machine during the read, and the machine queues for one
     * again after it; the storage lock stays held (the page is being filled), so no frame is
     * stolen from this machine meanwhile. A fault in CP's work for the machine is read holding the
     * processor: that work may hold a lock the other machine would wait for (vm370.cp.paging).
     */
    private void pageWait(Runnable pageRead) {
        if (!cpu.executingProgram() || !dispatcher.pageWait(dispatchable)) {
            pageRead.run();
            return;
        }
        try {
            pageRead.run();
        } finally {
            dispatcher.pageReady(dispatchable);
        }
    }

    /** Reports the instructions run since the last report to the dispatcher's system-wide count. */
    private void countInstructions() {
        long executed = cpu.instructionCount();
        dispatcher.countInstructions(Math.max(0, executed - instructionsCounted));
        instructionsCounted = executed;
    }

    private void acquire() {
        dispatcher.acquire(dispatchable);
        owner.lock();
    }

    private void releaseProcessor() {
        countInstructions();
        owner.unlock();
        dispatcher.release(dispatchable);
    }
}
