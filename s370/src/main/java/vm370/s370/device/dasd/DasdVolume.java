package vm370.s370.device.dasd;

import java.io.Closeable;
import vm370.s370.channel.ChannelDevice;

/** A disk device over an image file: CKD or FBA. Closing it closes the image. */
public interface DasdVolume extends ChannelDevice, Closeable {

    /** The device type the volume presents. */
    DasdGeometry geometry();
}
