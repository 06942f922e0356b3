package vm370.s370.machine;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.unitrecord.CardReader;

/** One device of a machine configuration, at its device address. */
public sealed interface DeviceConfig {

    int address();

    /** A 3215 console printing to {@code output}; input lines are offered to it by the machine's owner. */
    record Console(int address, Appendable output) implements DeviceConfig { }

    /** A 2540 card reader with cards in its hopper. */
    record Reader(int address, List<byte[]> cards, CardReader.AtEnd atEnd) implements DeviceConfig { }

    /** A 2540 card punch: EBCDIC records, or ASCII lines when {@code ascii}. */
    record Punch(int address, OutputStream output, boolean ascii) implements DeviceConfig { }

    /** A 1403 printer. */
    record Printer(int address, Writer output) implements DeviceConfig { }

    /** A DASD volume: a Hercules CKD image (its header names the type) or an FBA image of the given type. */
    record Dasd(int address, Path image, DasdGeometry fbaType) implements DeviceConfig { }

    /** A local non-SNA 3270 display station. */
    record Display(int address) implements DeviceConfig { }
}
