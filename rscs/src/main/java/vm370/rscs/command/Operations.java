package vm370.rscs.command;

import java.util.List;
import vm370.rscs.link.Link;
import vm370.rscs.link.QueuedFile;
import vm370.rscs.route.RoutingTable;

/** What commands need from the rest of RSCS: the node table, and the acts that touch spool, CP or the network. */
public interface Operations {

    RoutingTable routing();

    boolean authorized(String userid);

    /** A message to a user here or elsewhere; empty when sent, else the error line for the sender. */
    List<String> message(String toNode, String toUser, String fromUser, String text);

    /** A command for another node's RSCS, whose replies go to {@code replyTo} here. */
    List<String> remoteCommand(String node, String replyTo, String text);

    /** The link's next waiting file leaves the queue and is purged. */
    List<String> flush(Link link);

    List<String> changeClass(int spoolId, char spoolClass);

    /** CP QUERY for a remote node's probe (CPQ): the response lines. */
    List<String> cpQuery(String operands);

    /** Files held in the reader until {@code link} can take them (not yet on its queue), oldest first. */
    List<QueuedFile> parked(Link link);

    /** The link came under way (START, FREE): files waiting for it may go. */
    void linkReady(Link link);
}
