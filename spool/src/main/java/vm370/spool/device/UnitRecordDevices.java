package vm370.spool.device;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import vm370.spool.file.DeviceType;

/**
 * The spooled unit-record devices of one virtual machine, by virtual address. CP owns one per
 * logged-on user and hands it to the spool commands (SPOOL, CLOSE, TAG DEV). Guarded by {@code this}.
 */
public final class UnitRecordDevices {

    private final String userid;
    private final TreeMap<Integer, VirtualUnitRecordDevice> devices = new TreeMap<>();

    public UnitRecordDevices(String userid) {
        this.userid = userid;
    }

    /** The user the devices belong to. */
    public String userid() {
        return userid;
    }

    /** Adds a device (DEFINE, or the directory's SPOOL statements at logon). */
    public synchronized void add(VirtualUnitRecordDevice device) {
        if (!device.userid().equals(userid)) {
            throw new IllegalArgumentException("device of " + device.userid() + " (expected: " + userid + ")");
        }
        devices.put(device.address(), device);
    }

    /** Removes the device at an address (DETACH); null when there was none. */
    public synchronized VirtualUnitRecordDevice remove(int address) {
        return devices.remove(address);
    }

    /** The device at an address, or null. */
    public synchronized VirtualUnitRecordDevice at(int address) {
        return devices.get(address);
    }

    /** The devices of one type, lowest address first (what READER, PRINTER, PUNCH name). */
    public synchronized List<VirtualUnitRecordDevice> ofType(DeviceType type) {
        List<VirtualUnitRecordDevice> result = new ArrayList<>();
        for (VirtualUnitRecordDevice device : devices.values()) {
            if (device.type() == type) {
                result.add(device);
            }
        }
        return result;
    }

    /**
     * LOGOFF: every open punch, printer and console file is closed into its queue (CONT or not),
     * and a reader lets go of the file it was reading, which stays in the reader queue.
     */
    public void logoff() {
        for (VirtualUnitRecordDevice device : all()) {
            switch (device) {
                case SpoolWriter writer -> writer.closeAtLogoff();
                case VirtualReader reader -> reader.release();
            }
        }
    }

    /** Every device, lowest address first. */
    public synchronized List<VirtualUnitRecordDevice> all() {
        return new ArrayList<>(devices.values());
    }
}
