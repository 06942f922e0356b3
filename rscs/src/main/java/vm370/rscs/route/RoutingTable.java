package vm370.rscs.route;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vm370.rscs.link.Link;

/**
 * The node table: every node RSCS knows, and the link to the adjacent node its files go to (an
 * adjacent node routes to its own link; others store-and-forward through one). ROUTE changes it
 * while RSCS runs. Only the machine's thread uses it.
 * @vm370 DMTRGX
 */
public final class RoutingTable {

    private final String localNode;
    private final Map<String, Link> links;
    private final Map<String, String> routes = new TreeMap<>();

    public RoutingTable(String localNode, Map<String, Link> links, Map<String, String> routes) {
        this.localNode = localNode;
        this.links = Map.copyOf(links);
        this.routes.putAll(routes);
    }

    public String localNode() {
        return localNode;
    }

    public Route resolve(String node) {
        String n = node.toUpperCase(Locale.ROOT);
        if (n.equals(localNode)) {
            return new Route.Local();
        }
        String via = routes.get(n);
        Link link = via == null ? null : links.get(via);
        return link == null ? new Route.Unknown(n) : new Route.ViaLink(link);
    }

    public Optional<Link> link(String node) {
        return Optional.ofNullable(links.get(node.toUpperCase(Locale.ROOT)));
    }

    public Map<String, Link> links() {
        return links;
    }

    /** The routes, node to link, in node order. */
    public Map<String, String> routes() {
        return Map.copyOf(routes);
    }

    /** ROUTE node TO link: false when there is no such link. */
    public boolean route(String node, String link) {
        if (!links.containsKey(link)) {
            return false;
        }
        routes.put(node, link);
        return true;
    }

    /** ROUTE node OFF. */
    public boolean unroute(String node) {
        return routes.remove(node) != null;
    }
}
