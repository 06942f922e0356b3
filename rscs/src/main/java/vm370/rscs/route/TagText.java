package vm370.rscs.route;

import java.util.Locale;
import java.util.Optional;

/**
 * The destination a file's TAG gives RSCS: {@code node userid [priority]}, as TAG DEV PUNCH takes
 * it (a leading {@code RSCS} word, the name of this service machine, is skipped). Files RSCS stores
 * in its own reader on their way elsewhere carry more, which RSCS reads only from files it made itself:
 * {@code FROM node user JOB id ETS hex HOPS n}.
 *
 * @param forwarded the file's network identity when RSCS stored it, else empty
 */
public record TagText(String node, String user, Optional<Forwarded> forwarded) {

    /** Where a stored file came from, and how far. */
    public record Forwarded(String originNode, String originUser, int jobId, long entryTime, int hops) { }

    /**
     * Parses a TAG. {@code ownFile}: the file was made by RSCS itself, so its FROM part is trusted.
     * Empty when there is no node and user.
     */
    public static Optional<TagText> parse(String tag, String serviceMachine, boolean ownFile) {
        String[] w = tag.strip().toUpperCase(Locale.ROOT).split("\\s+");
        int at = w.length >= 3 && w[0].equals(serviceMachine) ? 1 : 0;
        if (w.length - at < 2 || w[at].isEmpty() || w[at].length() > 8 || w[at + 1].length() > 8) {
            return Optional.empty();
        }
        Optional<Forwarded> forwarded = Optional.empty();
        if (ownFile && w.length >= at + 11 && w[at + 2].equals("FROM") && w[at + 5].equals("JOB")
                && w[at + 7].equals("ETS") && w[at + 9].equals("HOPS")) {
            try {
                forwarded = Optional.of(new Forwarded(w[at + 3], w[at + 4], Integer.parseInt(w[at + 6]),
                        Long.parseUnsignedLong(w[at + 8], 16), Integer.parseInt(w[at + 10])));
            } catch (NumberFormatException e) {
                forwarded = Optional.empty();
            }
        }
        return Optional.of(new TagText(w[at], w[at + 1], forwarded));
    }

    /** The TAG of a file RSCS stores in its own reader to send on. */
    public static String stored(String node, String user, Forwarded from) {
        return String.format("%s %s FROM %s %s JOB %d ETS %X HOPS %d", node, user, from.originNode(),
                from.originUser(), from.jobId(), from.entryTime(), from.hops());
    }
}
