package vm370.spool.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vm370.spool.file.DeviceType;

/** The real unit-record devices of the system, by real address; the spooling operator starts and drains them. */
public final class RealDevices {

    private final Map<Integer, RealUnitRecordDevice> devices = new TreeMap<>();

    /** Adds a device (from the system configuration). */
    public synchronized void add(RealUnitRecordDevice device) {
        devices.put(device.address(), device);
    }

    /** The device at a real address, or null. */
    public synchronized RealUnitRecordDevice at(int address) {
        return devices.get(address);
    }

    /** Devices of one type, lowest address first; null type means all. */
    public synchronized List<RealUnitRecordDevice> ofType(DeviceType type) {
        List<RealUnitRecordDevice> result = new ArrayList<>();
        for (RealUnitRecordDevice device : devices.values()) {
            if (type == null || device.type() == type) {
                result.add(device);
            }
        }
        return result;
    }

    /** The printers and punches, for the spool device thread to run. */
    public synchronized List<RealOutputDevice> outputDevices() {
        List<RealOutputDevice> result = new ArrayList<>();
        for (RealUnitRecordDevice device : devices.values()) {
            if (device instanceof RealOutputDevice output) {
                result.add(output);
            }
        }
        return result;
    }
}
