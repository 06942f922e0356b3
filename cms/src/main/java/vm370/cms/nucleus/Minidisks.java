package vm370.cms.nucleus;

import vm370.cms.fs.CkdImageDevice;
import vm370.cms.fs.DiskLabel;
import vm370.cms.fs.DiskLayout;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * Finds out what a virtual DASD is and opens it for block I/O: its architecture and type
 * (DIAGNOSE 24), its size (CKD: the highest cylinder a SEEK reaches; FBA: DIAGNOSE X'250'), the
 * block size it is formatted in. FORMAT's first step on CKD is here too: the tracks are written
 * with key-less records of the block size by the nucleus's own channel programs.
 * @vm370 DMSACC, DMSFOR
 */
final class Minidisks {

    private static final int DASD = 0x04;
    private static final int FBA = 0x01;
    private static final int SEEK = 0x07;
    private static final int SEARCH_ID_EQUAL = 0x31;
    private static final int TIC = 0x08;
    private static final int READ_RECORD_ZERO = 0x16;
    private static final int WRITE_COUNT_KEY_DATA = 0x1D;
    private static final int[] BLOCK_SIZES = {4096, 2048, 1024, 512};

    /** What a virtual device turned out to be. */
    sealed interface Probe {
        /** No device at the address. */
        record NotAttached() implements Probe { }

        /** Not a DASD (a reader, a console). */
        record NotDasd() implements Probe { }

        /** A DASD: its layout, geometry (null when the type is unknown) and cylinders (0 for FBA). */
        record Dasd(DiskLayout layout, DasdGeometry geometry, int cylinders, boolean readOnly) implements Probe { }
    }

    private final Supervisor supervisor;
    private final WriteBehind buffers;

    Minidisks(Supervisor supervisor, WriteBehind buffers) {
        this.supervisor = supervisor;
        this.buffers = buffers;
    }

    /** What the device is, with a CKD disk's cylinders counted. */
    Probe probe(int address) {
        Probe probe = probeType(address);
        if (probe instanceof Probe.Dasd d && d.layout() == DiskLayout.CKD) {
            return new Probe.Dasd(d.layout(), d.geometry(), cylinders(address), d.readOnly());
        }
        return probe;
    }

    /** What the device is, from DIAGNOSE 24 alone (cylinders 0). */
    Probe probeType(int address) {
        int type = supervisor.deviceType(address);
        if (type == -1) {
            return new Probe.NotAttached();
        }
        int deviceClass = type >>> 24 & 0xFF;
        int deviceType = type >>> 16 & 0xFF;
        boolean readOnly = (type & 0x80) != 0;
        if (deviceClass == FBA) {
            return new Probe.Dasd(DiskLayout.FBA, deviceType == 0x01 ? DasdGeometry.D3310 : DasdGeometry.D3370, 0, readOnly);
        }
        if (deviceClass != DASD) {
            return new Probe.NotDasd();
        }
        DasdGeometry geometry = switch (deviceType) {
            case 0x20 -> DasdGeometry.D2314;
            case 0x10 -> DasdGeometry.D3330;
            case 0x02 -> DasdGeometry.D3340;
            case 0x08 -> DasdGeometry.D3350;
            case 0x03 -> DasdGeometry.D3375;
            case 0x04 -> DasdGeometry.D3380;
            case 0x05 -> DasdGeometry.D3390;
            default -> null;
        };
        return new Probe.Dasd(DiskLayout.CKD, geometry, 0, readOnly);
    }

    /** The cylinders of a CKD minidisk: the first cylinder a SEEK cannot reach. */
    private int cylinders(int address) {
        int low = 0;
        int high = 65536;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (seekable(address, middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return seekable(address, 0) ? low + 1 : 0;
    }

    private boolean seekable(int address, int cylinder) {
        byte[] argument = {0, 0, (byte) (cylinder >>> 8), (byte) cylinder, 0, 0};
        supervisor.write(StorageMap.FORMAT_CCWS + 0x100, argument, 0, 6);
        return supervisor.single(address, StorageMap.FORMAT_CCWS, SEEK, StorageMap.FORMAT_CCWS + 0x100, 6).ok();
    }

    /** Opens a formatted disk in the block size it was formatted in; null when it is not a CMS disk. */
    DiagnoseBlockDevice open(int address, Probe.Dasd dasd) {
        if (dasd.layout() == DiskLayout.FBA) {
            DiagnoseBlockDevice.Opened sector = DiagnoseBlockDevice.open(supervisor, buffers, address, 512, DiskLayout.FBA, 0);
            if (sector.device() == null) {
                return null;
            }
            byte[] block = new byte[512];
            try {
                sector.device().read(2, block);
            } catch (java.io.IOException e) {
                return null;
            }
            var label = DiskLabel.decode(block, 0);
            if (label.isEmpty()) {
                return null;
            }
            return DiagnoseBlockDevice.open(supervisor, buffers, address, label.get().blockSize(), DiskLayout.FBA, 0)
                    .device();
        }
        for (int size : BLOCK_SIZES) {
            DiagnoseBlockDevice.Opened opened = DiagnoseBlockDevice.open(supervisor, buffers, address, size,
                    DiskLayout.CKD, dasd.cylinders());
            if (opened.device() != null) {
                return opened.device();
            }
        }
        return null;
    }

    /**
     * FORMAT's device step: on CKD writes every track as R1..Rn of {@code blockSize} bytes (with
     * the records per track of the device type), then opens the disk in that block size. Null when
     * a write fails (the disk is read-only or the device type unknown).
     */
    DiagnoseBlockDevice prepare(int address, Probe.Dasd dasd, int blockSize) {
        if (dasd.layout() == DiskLayout.CKD) {
            if (dasd.geometry() == null || !formatTracks(address, dasd, blockSize)) {
                return null;
            }
        }
        return DiagnoseBlockDevice.open(supervisor, buffers, address, blockSize, dasd.layout(), dasd.cylinders())
                .device();
    }

    private boolean formatTracks(int address, Probe.Dasd dasd, int blockSize) {
        int perTrack = CkdImageDevice.blocksPerTrack(dasd.geometry(), blockSize);
        int recordSize = 8 + blockSize;
        if (perTrack * recordSize > StorageMap.FORMAT_RECORDS_SIZE) {
            return false;
        }
        byte[] zeros = new byte[perTrack * recordSize];
        supervisor.write(StorageMap.FORMAT_RECORDS, zeros, 0, zeros.length);
        int ccws = StorageMap.FORMAT_CCWS;
        int seekArgument = ccws + 0x400;
        int searchArgument = seekArgument + 8;
        supervisor.putCcw(ccws, SEEK, seekArgument, Supervisor.chained(0), 6);
        supervisor.putCcw(ccws + 8, SEARCH_ID_EQUAL, searchArgument, Supervisor.chained(0), 5);
        supervisor.putCcw(ccws + 16, TIC, ccws + 8, 0, 1);
        for (int r = 0; r < perTrack; r++) {
            supervisor.putCcw(ccws + 24 + 8 * r, WRITE_COUNT_KEY_DATA, StorageMap.FORMAT_RECORDS + r * recordSize,
                    r + 1 < perTrack ? Supervisor.chained(0) : 0, recordSize);
        }
        int probe = ccws + 0x300;
        int r0Count = seekArgument + 16;
        supervisor.putCcw(probe, SEEK, seekArgument, Supervisor.chained(0), 6);
        supervisor.putCcw(probe + 8, READ_RECORD_ZERO, r0Count, Supervisor.suppressLength(), 16);
        byte[] id = new byte[8];
        byte[] count = new byte[8];
        int heads = dasd.geometry().heads();
        for (int c = 0; c < dasd.cylinders(); c++) {
            for (int h = 0; h < heads; h++) {
                byte[] seek = {0, 0, (byte) (c >>> 8), (byte) c, (byte) (h >>> 8), (byte) h};
                supervisor.write(seekArgument, seek, 0, 6);
                // The track's records carry the ID its R0 has (the volume's, not the minidisk's, cylinder).
                if (!supervisor.run(address, probe).ok()) {
                    return false;
                }
                supervisor.read(r0Count, id, 0, 8);
                id[4] = 0;
                supervisor.write(searchArgument, id, 0, 5);
                for (int r = 0; r < perTrack; r++) {
                    System.arraycopy(id, 0, count, 0, 4);
                    count[4] = (byte) (r + 1);
                    count[5] = 0;
                    count[6] = (byte) (blockSize >>> 8);
                    count[7] = (byte) blockSize;
                    supervisor.write(StorageMap.FORMAT_RECORDS + r * recordSize, count, 0, 8);
                }
                if (!supervisor.run(address, ccws).ok()) {
                    return false;
                }
            }
        }
        return true;
    }
}
