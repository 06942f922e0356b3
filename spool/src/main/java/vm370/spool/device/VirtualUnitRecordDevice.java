package vm370.spool.device;

import vm370.spool.file.DeviceType;

/**
 * A spooled unit-record device of one virtual machine: what CP's virtual reader, punch and printer
 * drive from the guest's CCWs. The channel stays outside; these objects see records, not bytes.
 */
public sealed interface VirtualUnitRecordDevice permits VirtualReader, SpoolWriter {

    /** The virtual device address (for example 00C). */
    int address();

    /** RDR, PUN or PRT. */
    DeviceType type();

    /** The user the device belongs to. */
    String userid();

    /** The device's line(s) in QUERY VIRTUAL UR. */
    String describe();

    /** The three-hex-digit (or four) form of a device address that VM/370 responses show. */
    static String formatAddress(int address) {
        return String.format(address > 0xFFF ? "%04X" : "%03X", address);
    }
}
