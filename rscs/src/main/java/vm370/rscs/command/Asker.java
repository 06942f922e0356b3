package vm370.rscs.command;

/** Who gave an RSCS command, and so where its replies go and what it may do. */
public sealed interface Asker {

    /** The RSCS machine's own console: the operator. */
    record Console() implements Asker { }

    /** A user of this system, by SMSG. */
    record LocalUser(String userid) implements Asker { }

    /** A user of another node, by a nodal command record (CMD there). */
    record RemoteUser(String node, String userid) implements Asker { }
}
