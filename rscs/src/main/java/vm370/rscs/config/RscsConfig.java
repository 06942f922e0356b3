package vm370.rscs.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The RSCS machine's configuration, the file {@code RSCS CONFIG} on its 191 disk. One statement a
 * line, {@code *} starts a comment, keywords are written in full:
 * <pre>
 * LOCAL  node [port]             this node's name and the TCPNJE port it listens on (default 175)
 * LINK   node host port [NOAUTO] an adjacent node; NOAUTO waits for START
 * ROUTE  node link               files for node go over the link to the adjacent node link
 * AUTH   userid                  may give operator commands by SMSG
 * HOPS   n                       the hop limit (default 16)
 * RETRY  first most              seconds before reconnecting, doubling up to most (default 2 60)
 * </pre>
 */
public record RscsConfig(String localNode, int port, List<LinkDefinition> links, Map<String, String> routes,
                         Set<String> authorized, int hopLimit, Duration retryFirst, Duration retryMost) {

    public static final int DEFAULT_PORT = 175;

    public RscsConfig {
        links = List.copyOf(links);
        routes = Map.copyOf(routes);
        authorized = Set.copyOf(authorized);
    }

    /** What reading the file came to: the configuration, or the first bad line. */
    public sealed interface Parsed {
        record Valid(RscsConfig config) implements Parsed { }

        record Invalid(int line, String reason) implements Parsed { }
    }

    public static Parsed parse(List<String> lines) {
        String local = null;
        int port = DEFAULT_PORT;
        List<LinkDefinition> links = new ArrayList<>();
        Map<String, String> routes = new LinkedHashMap<>();
        Set<String> authorized = new LinkedHashSet<>();
        int hops = 16;
        Duration first = Duration.ofSeconds(2);
        Duration most = Duration.ofSeconds(60);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("*")) {
                continue;
            }
            String[] w = line.toUpperCase(Locale.ROOT).split("\\s+");
            String keyword = w[0];
            try {
                if (matches(keyword, "LOCAL", 3)) {
                    local = name(w, 1);
                    port = w.length > 2 ? port(w[2]) : DEFAULT_PORT;
                } else if (matches(keyword, "LINK", 4)) {
                    if (w.length < 4) {
                        return new Parsed.Invalid(n, "LINK NEEDS NODE, HOST AND PORT");
                    }
                    boolean auto = !(w.length > 4 && matches(w[4], "NOAUTO", 6));
                    links.add(new LinkDefinition(name(w, 1), lines.get(n - 1).strip().split("\\s+")[2], port(w[3]), auto));
                } else if (matches(keyword, "ROUTE", 5)) {
                    routes.put(name(w, 1), name(w, 2));
                } else if (matches(keyword, "AUTH", 4)) {
                    authorized.add(name(w, 1));
                } else if (matches(keyword, "HOPS", 4)) {
                    hops = Integer.parseInt(w[1]);
                } else if (matches(keyword, "RETRY", 5)) {
                    first = Duration.ofMillis(Math.round(Double.parseDouble(w[1]) * 1000));
                    most = Duration.ofMillis(Math.round(Double.parseDouble(w[2]) * 1000));
                } else {
                    return new Parsed.Invalid(n, "UNKNOWN STATEMENT " + keyword);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return new Parsed.Invalid(n, "BAD OPERAND IN " + keyword + " STATEMENT");
            }
        }
        if (local == null) {
            return new Parsed.Invalid(lines.size(), "NO LOCAL STATEMENT");
        }
        for (LinkDefinition link : links) {
            routes.putIfAbsent(link.node(), link.node());
        }
        for (Map.Entry<String, String> route : routes.entrySet()) {
            if (links.stream().noneMatch(l -> l.node().equals(route.getValue()))) {
                return new Parsed.Invalid(lines.size(), "ROUTE " + route.getKey() + " NAMES NO LINK " + route.getValue());
            }
        }
        return new Parsed.Valid(new RscsConfig(local, port, links, routes, authorized, hops, first, most));
    }

    /** A keyword abbreviated to at least {@code minimum} letters. */
    private static boolean matches(String word, String keyword, int minimum) {
        return word.length() >= minimum && keyword.startsWith(word);
    }

    private static String name(String[] w, int i) {
        if (w[i].length() > 8) {
            throw new NumberFormatException("name longer than 8");
        }
        return w[i];
    }

    private static int port(String text) {
        int p = Integer.parseInt(text);
        if (p < 0 || p > 65535) {
            throw new NumberFormatException("port " + p);
        }
        return p;
    }
}
