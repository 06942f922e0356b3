package vm370.cp.command;

import java.util.Optional;
import vm370.cp.ControlProgram;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.WriteOutcome;
import vm370.spool.file.DeviceType;

/**
 * What CP itself prints on a user's virtual printer (TRACE PRINTER, DUMP): lines in EBCDIC, each
 * written and spaced one line, into the open file of the user's first printer, as the guest's own
 * writes go.
 */
final class VirtualPrinterLines {

    private VirtualPrinterLines() {
    }

    /** The user's virtual printer of the lowest address, if it has one. */
    static Optional<SpoolWriter> printer(ControlProgram cp, String userid) {
        return cp.unitRecordDevices(userid).flatMap(devices -> devices.ofType(DeviceType.PRT).stream()
                .filter(SpoolWriter.class::isInstance).map(SpoolWriter.class::cast).findFirst());
    }

    /** Prints one line; a full spool writes nothing and says so. */
    static WriteOutcome print(SpoolWriter printer, String line) {
        byte[] record = new byte[line.length()];
        for (int i = 0; i < record.length; i++) {
            record[i] = Ebcdic.CP037.toByte(line.charAt(i), Ebcdic.SPACE);
        }
        return printer.write(UnitRecordCommand.WRITE_SPACE_1, record);
    }
}
