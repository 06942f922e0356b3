package vm370.terminals.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a time limit: for state the tests cannot be told about directly. */
public final class Await {

    private Await() {
    }

    public static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
