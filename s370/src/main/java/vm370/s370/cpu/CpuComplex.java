package vm370.s370.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vm370.s370.isa.Feature;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.TodClock;

/**
 * Several CPUs sharing one main storage and one TOD clock, each on a thread of its own, reaching
 * each other by SIGNAL PROCESSOR. An order is handed to the target's thread with {@link Cpu#post}
 * and done there at an instruction boundary; the sender gets its condition code at once.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Multiprocessing", "SIGNAL PROCESSOR"</a>
 */
public final class CpuComplex {

    /** SIGP orders (bits 24-31 of the second-operand address). */
    static final int SENSE = 0x01;
    static final int EXTERNAL_CALL = 0x02;
    static final int EMERGENCY_SIGNAL = 0x03;
    static final int START = 0x04;
    static final int STOP = 0x05;
    static final int RESTART = 0x06;
    static final int STOP_AND_STORE_STATUS = 0x09;
    static final int INITIAL_CPU_RESET = 0x0B;
    static final int CPU_RESET = 0x0C;
    static final int SET_PREFIX = 0x0D;
    static final int STORE_STATUS_AT_ADDRESS = 0x0E;

    /** SIGP status bits stored in R1 with condition code 1. */
    static final int STATUS_EXTERNAL_CALL_PENDING = 0x80;
    static final int STATUS_STOPPED = 0x40;
    static final int STATUS_INVALID_ORDER = 0x02;
    static final int STATUS_INVALID_PARAMETER = 0x100;

    private final Cpu[] cpus;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean shuttingDown;

    /** {@code count} CPUs, addresses 0 to count-1, sharing the storage and the clock; all but CPU 0 start stopped. */
    public CpuComplex(MainStorage storage, TodClock tod, int count, Set<Feature> features) {
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException("CPU count: " + count + " (expected: 1 to 16)");
        }
        cpus = new Cpu[count];
        for (int i = 0; i < count; i++) {
            cpus[i] = new Cpu(storage, tod, i, features);
            cpus[i].complex = this;
            cpus[i].interruptions.setStopped(i != 0);
        }
    }

    public Cpu cpu(int address) {
        return cpus[address];
    }

    public int size() {
        return cpus.length;
    }

    /** Starts one thread per CPU; each runs its CPU, and idles while the CPU is stopped or in a disabled wait. */
    public synchronized void start() {
        for (Cpu cpu : cpus) {
            Thread t = Thread.ofPlatform().name("cpu-" + cpu.cpuAddress()).daemon().start(() -> drive(cpu));
            threads.add(t);
        }
    }

    /** Stops every CPU thread and waits for them to end. */
    public void shutdown() throws InterruptedException {
        shuttingDown = true;
        for (Cpu cpu : cpus) {
            cpu.post(() -> { });
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private void drive(Cpu cpu) {
        while (!shuttingDown) {
            cpu.run(1_000_000);
            if (cpu.stopped() || cpu.waitState()) {
                cpu.awaitPostedWork();
            }
        }
    }

    private static boolean fitsInStorage(Cpu cpu, int address, int length) {
        return cpu.storage().contains(address) && cpu.storage().contains(address + length - 1);
    }

    /**
     * Does a SIGP order from {@code sender} to the CPU at {@code address}. Returns the condition code
     * in the high word and, for condition code 1, the status for R1 in the low word.
     */
    long signal(Cpu sender, int address, int order, int parameter) {
        if (address >= cpus.length) {
            return 3L << 32;
        }
        Cpu target = cpus[address];
        Interruptions its = target.interruptions;
        int source = sender.cpuAddress();
        switch (order) {
            case SENSE -> {
                int status = (its.stopped() ? STATUS_STOPPED : 0)
                        | (its.externalCallPending() ? STATUS_EXTERNAL_CALL_PENDING : 0);
                return status == 0 ? 0 : 1L << 32 | status;
            }
            case EXTERNAL_CALL -> {
                if (its.externalCallPending()) {
                    return 1L << 32 | STATUS_EXTERNAL_CALL_PENDING;
                }
                target.post(() -> its.externalCall(source));
            }
            case EMERGENCY_SIGNAL -> target.post(() -> its.emergencySignal(source));
            case START -> target.post(() -> its.setStopped(false));
            case STOP -> target.post(() -> its.setStopped(true));
            case RESTART -> target.post(its::requestRestart);
            case STOP_AND_STORE_STATUS -> target.post(() -> {
                its.setStopped(true);
                target.storeStatus(target.prefix());
            });
            case INITIAL_CPU_RESET -> target.post(target::initialCpuReset);
            case CPU_RESET -> target.post(target::cpuReset);
            case SET_PREFIX -> {
                if (!fitsInStorage(target, parameter & 0x00FFF000, 4096)) {
                    return 1L << 32 | STATUS_INVALID_PARAMETER;
                }
                target.post(() -> target.setPrefix(parameter));
            }
            case STORE_STATUS_AT_ADDRESS -> {
                if (!fitsInStorage(target, parameter & 0x00FFFE00, 512)) {
                    return 1L << 32 | STATUS_INVALID_PARAMETER;
                }
                target.post(() -> target.storeStatus(parameter & 0x00FFFE00));
            }
            default -> {
                return 1L << 32 | STATUS_INVALID_ORDER;
            }
        }
        return 0;
    }
}
