package vm370.cp.privileged;

import vm370.cp.vio.ChannelToChannelAdapter;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vio.SpooledWriter;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.device.console.Console3215;
import vm370.s370.device.dasd.CkdDasd;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.dasd.DasdVolume;
import vm370.s370.device.dasd.FbaDasd;
import vm370.s370.device.display.Display3270;

/**
 * What DIAGNOSE 24 and 210 say about a virtual device: the virtual and the real device's class,
 * type, status/model and flags/features, one byte each, as VM/370's VDEVBLOK and RDEVBLOK code
 * them (classes: terminal X'80', graphics X'40', unit-record in X'20', out X'10', tape X'08', DASD
 * X'04', special X'02' for the CTCA, FBA X'01' [src: z/VM CP Programming Services, "CP370 Device
 * Classes/Types", hcpb4581; the DASD and unit-record type bytes are VM/370's VDEVTYPE equates as we
 * recall them, not confirmed against a listing]). A minidisk's real device is its volume's type;
 * spooled and CP-simulated devices have no real device and give zeros.
 */
record DeviceInformation(int virtualClass, int virtualType, int virtualStatus, int virtualFlags,
                         int realClass, int realType, int realModel, int realFeatures) {

    static final int TERMINAL = 0x80;
    static final int GRAPHICS = 0x40;
    static final int UNIT_RECORD_IN = 0x20;
    static final int UNIT_RECORD_OUT = 0x10;
    static final int DASD = 0x04;
    static final int SPECIAL = 0x02;
    static final int FBA = 0x01;

    /** Virtual flags: the minidisk is linked read-only. */
    static final int READ_ONLY = 0x80;

    static DeviceInformation of(ChannelDevice device) {
        return switch (device) {
            case Console3215 c -> new DeviceInformation(TERMINAL, 0x00, 0, 0, TERMINAL, 0x00, 0, 0);
            case Display3270 d -> new DeviceInformation(GRAPHICS, 0x04, 0, 0, GRAPHICS, 0x04, 0, 0);
            case SpooledReader r -> new DeviceInformation(UNIT_RECORD_IN, 0x08, 0, 0, 0, 0, 0, 0);
            case SpooledWriter w -> new DeviceInformation(UNIT_RECORD_OUT,
                    w.describe().startsWith("1403") ? 0x41 : 0x08, 0, 0, 0, 0, 0, 0);
            case ChannelToChannelAdapter c -> new DeviceInformation(SPECIAL, 0x80, c.coupled() ? 0x01 : 0, 0, 0, 0, 0, 0);
            case CkdDasd d -> dasd(DASD, d);
            case FbaDasd d -> dasd(FBA, d);
            default -> new DeviceInformation(0, 0, 0, 0, 0, 0, 0, 0);
        };
    }

    private static DeviceInformation dasd(int deviceClass, DasdVolume volume) {
        int type = dasdType(volume.geometry());
        int flags = readOnly(volume) ? READ_ONLY : 0;
        return new DeviceInformation(deviceClass, type, 0, flags, deviceClass, type, 0, 0);
    }

    private static int dasdType(DasdGeometry geometry) {
        return switch (geometry) {
            case D2314 -> 0x20;
            case D3330 -> 0x10;
            case D3340 -> 0x02;
            case D3350 -> 0x08;
            case D3375 -> 0x03;
            case D3380 -> 0x04;
            case D3390 -> 0x05;
            case D3310 -> 0x01;
            case D3370 -> 0x02;
        };
    }

    /** A write no channel program would ever complete tells whether the link is read-only. */
    private static boolean readOnly(DasdVolume volume) {
        return vm370.cp.vio.DasdBlocks.isReadOnly(volume);
    }

    /** The virtual half as a word: class, type, status, flags (DIAGNOSE 24's Ry). */
    int virtualWord() {
        return virtualClass << 24 | virtualType << 16 | virtualStatus << 8 | virtualFlags;
    }

    /** The real half as a word: class, type, model, features (DIAGNOSE 24's R(y+1)). */
    int realWord() {
        return realClass << 24 | realType << 16 | realModel << 8 | realFeatures;
    }
}
