package vm370.rscs.route;

import vm370.rscs.link.Link;

/** Where a node's files and messages go: here, over a link, or nowhere known. */
public sealed interface Route {

    record Local() implements Route { }

    record ViaLink(Link link) implements Route { }

    record Unknown(String node) implements Route { }
}
