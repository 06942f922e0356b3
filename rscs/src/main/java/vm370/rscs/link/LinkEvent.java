package vm370.rscs.link;

import vm370.rscs.nje.NetworkFile;
import vm370.rscs.nje.NodalMessage;

/**
 * What the network side tells RSCS's main loop: its threads never touch the virtual machine, they
 * queue these events and the machine's thread acts on them (spool, CP, console).
 */
public sealed interface LinkEvent {

    Link link();

    /** A whole file arrived; RSCS must make it durable, then {@link Link#acknowledge} it. */
    record FileReceived(Link link, NetworkFile file, Session session) implements LinkEvent { }

    /** The peer has the file: it may leave RSCS's reader. */
    record FileSent(Link link, Outbound outbound) implements LinkEvent { }

    record MessageReceived(Link link, NodalMessage message) implements LinkEvent { }

    /** The link came up or went down; {@code detail} says why, for the operator. */
    record StateChanged(Link link, LinkState state, String detail) implements LinkEvent { }
}
