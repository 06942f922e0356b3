package vm370.terminals.tn3270;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The logical-unit (device) names in use on one server: a client may ask for one by name
 * (TN3270E CONNECT), else it gets the next free generated name, prefix plus a number. Thread-safe.
 */
public final class LuNames {

    private static final Pattern VALID = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");

    /** How a claim ended. */
    public enum Claim { CLAIMED, INVALID, IN_USE }

    private final String prefix;
    private final Set<String> inUse = ConcurrentHashMap.newKeySet();
    private final AtomicLong counter = new AtomicLong();

    public LuNames(String prefix) {
        if (!VALID.matcher(prefix).matches() || prefix.length() > 5) {
            throw new IllegalArgumentException("LU prefix: " + prefix + " (expected: 1-5 of A-Z 0-9 @ # $)");
        }
        this.prefix = prefix;
    }

    /** Claims a name the client asked for. */
    public Claim claim(String name) {
        if (!VALID.matcher(name).matches()) {
            return Claim.INVALID;
        }
        return inUse.add(name) ? Claim.CLAIMED : Claim.IN_USE;
    }

    /** A free generated name, now in use. */
    public String allocate() {
        int digits = 8 - prefix.length();
        long modulus = (long) Math.pow(10, digits);
        for (long tries = 0; tries < modulus; tries++) {
            String name = prefix + String.format("%0" + digits + "d", counter.incrementAndGet() % modulus);
            if (inUse.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("LU names: all " + modulus + " names with prefix " + prefix + " in use");
    }

    public void release(String name) {
        inUse.remove(name);
    }
}
