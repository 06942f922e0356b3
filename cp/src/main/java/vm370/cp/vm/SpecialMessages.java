package vm370.cp.vm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A virtual machine's mailbox for SMSG: messages other users send to the program running in it
 * (RSCS takes its commands this way). It takes messages only while the program has said it
 * accepts them, and holds at most {@link #LIMIT}; the program takes them with DIAGNOSE X'100'.
 * Senders and the machine's thread both use it.
 */
public final class SpecialMessages {

    /** Messages waiting at most; more are refused until the program catches up. */
    public static final int LIMIT = 64;

    /** One message: who sent it and its text. */
    public record Message(String sender, String text) { }

    /** What offering a message came to. */
    public enum Offer { DELIVERED, NOT_ACCEPTING, FULL }

    private final Deque<Message> waiting = new ArrayDeque<>();
    private boolean accepting;

    /** The program starts (true) or stops (false) taking messages; stopping drops those waiting. */
    public synchronized void accept(boolean on) {
        accepting = on;
        if (!on) {
            waiting.clear();
        }
    }

    public synchronized boolean accepting() {
        return accepting;
    }

    public synchronized Offer offer(Message message) {
        if (!accepting) {
            return Offer.NOT_ACCEPTING;
        }
        if (waiting.size() >= LIMIT) {
            return Offer.FULL;
        }
        waiting.addLast(message);
        return Offer.DELIVERED;
    }

    /** The oldest waiting message, taken out. */
    public synchronized Optional<Message> take() {
        return Optional.ofNullable(waiting.pollFirst());
    }
}
