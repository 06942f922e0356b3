package vm370.s370.device;

import vm370.s370.channel.ChannelDevice;

/**
 * A device whose far end comes and goes while the device stays: a local 3270's screen, a
 * communication line's terminal. Without one the device is not ready (intervention required).
 * Whoever connected the far end is told when the device lets go of it.
 */
public interface SwitchedDevice extends ChannelDevice {

    /** True while a far end is connected (the device is taken). */
    boolean attached();

    /** Lets go of the far end, if any, whose owner is told: reset, detach, logoff. Call on the CPU's thread. */
    void release();
}
