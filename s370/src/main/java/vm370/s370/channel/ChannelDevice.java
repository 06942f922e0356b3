package vm370.s370.channel;

/**
 * A device on a real or virtual channel. It executes one command at a time and sees storage only
 * through the {@link ChannelPort}. Called on the CPU's thread only.
 */
public interface ChannelDevice {

    /**
     * Starts a command. Returns {@link UnitStatus#NONE} when the command is accepted and the device
     * will call {@link ChannelPort#end} (now or later); otherwise the status the device gives at
     * initial selection: CE+DE for an immediate command, CE+DE+UC for a rejected one, BUSY.
     */
    UnitStatus startCommand(Ccw ccw, ChannelPort port);

    /** Halt I/O or halt device: stop the current data transfer; the device still ends the command through its port. */
    void halt();

    /** System reset: drop any operation and pending state. */
    void reset();

    /** The current sense bytes (a copy). */
    byte[] sense();

    /** What the device is, for operators and traces, such as {@code 3215 console}. */
    String describe();

    /** Called once when the device is attached, for devices that signal attention on their own. */
    default void connect(ChannelPort port) {
    }
}
