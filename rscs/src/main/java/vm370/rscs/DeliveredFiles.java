package vm370.rscs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files this node took from its links lately, by network identity: a file the peer sends again
 * (its acknowledgement was lost with the connection) is acknowledged, not delivered twice. It is
 * memory only: a file resent across a restart of this RSCS could arrive twice.
 */
final class DeliveredFiles {

    private static final int REMEMBERED = 100_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    boolean contains(String identity) {
        return seen.containsKey(identity);
    }

    void add(String identity) {
        seen.put(identity, Boolean.TRUE);
    }
}
