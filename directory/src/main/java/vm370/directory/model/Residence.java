package vm370.directory.model;

/** The DIRECTORY statement: where the real system keeps its directory (device address, type, volume). */
public record Residence(int address, String deviceType, String volser) {

    public String render() {
        return "DIRECTORY " + DeviceAddress.format(address) + " " + deviceType + " " + volser;
    }
}
