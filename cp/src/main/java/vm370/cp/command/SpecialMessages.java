package vm370.cp.command;

/**
 * Where SMSG delivers: a program in the target machine that takes special messages (RSCS's
 * command reader, CMSBATCH). A target with none does not receive them, as in VM/SP (SET SMSG OFF).
 */
@FunctionalInterface
public interface SpecialMessages {

    /** Nobody takes special messages. */
    SpecialMessages NONE = (target, from, text) -> false;

    /** Hands {@code text} from {@code from} to {@code target}'s program; false when it takes none. */
    boolean deliver(String target, String from, String text);
}
