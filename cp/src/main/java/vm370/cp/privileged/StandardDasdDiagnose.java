package vm370.cp.privileged;

import vm370.cp.vm.VirtualMachine;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.Csw;
import vm370.s370.channel.UnitStatus;
import vm370.s370.cpu.Cpu;
import vm370.s370.device.dasd.CkdDasd;
import vm370.s370.storage.MainStorage;

/**
 * DIAGNOSE X'18', standard DASD I/O: VM/370's CMS read and wrote its CKD disks with it. The guest
 * hands CP a channel program of the one shape CMS builds (SEEK, SET SECTOR, SEARCH ID EQUAL, TIC
 * back to the search, READ or WRITE data, then for each further record an optional SEEK HEAD and
 * the same again) and CP runs it to the end before the DIAGNOSE completes: no I/O interruption
 * reaches the guest, and the guest's CAW and CSW are left as they were unless an error returns a CSW.
 *
 * <p>Rx: the virtual device address; Ry: the address of the CCW chain; R15: on entry, the number
 * of READ/WRITE CCWs (1-15). Condition code and R15 on return, as VM/370 R6 documents them:
 * cc 0 done; cc 1 with R15 1 device not attached, 2 not a CKD disk, 3 write to a read-only disk,
 * 4 cylinder not on the minidisk, 5 device busy; cc 2 with R15 5 chain not doubleword aligned,
 * 6 SEEK/SEARCH argument outside storage, 7 a data CCW neither READ (06) nor WRITE (05), 8 byte
 * count zero, 9 byte count over 4096 (VM/SP's limit: EDF disks have 4K blocks; R6 allowed 2048),
 * 10 buffer outside storage, 11 R15 not 1-15 or fewer than the data CCWs, 12 a SEEK HEAD to
 * another cylinder; cc 3 with R15 13 an I/O error, the CSW at location 64.
 */
final class StandardDasdDiagnose {

    private static final int SEEK = 0x07;
    private static final int SEEK_HEAD = 0x1B;
    private static final int SET_SECTOR = 0x23;
    private static final int SEARCH_ID_EQUAL = 0x31;
    private static final int TIC = 0x08;
    private static final int READ_DATA = 0x06;
    private static final int WRITE_DATA = 0x05;
    private static final int CHAINING = 0xC0;
    private static final int MAX_DATA_CCWS = 15;
    private static final int MAX_COUNT = 4096;
    private static final int CSW = 64;
    private static final int CAW = 72;

    private final VirtualMachine machine;

    StandardDasdDiagnose(VirtualMachine machine) {
        this.machine = machine;
    }

    void diagnose(Cpu cpu, int rx, int ry) {
        int vaddr = cpu.gpr[rx] & 0xFFFF;
        ChannelDevice device = machine.devices().get(vaddr);
        int error = device == null ? availability(1)
                : !(device instanceof CkdDasd disk) ? availability(2)
                : check(cpu, disk, cpu.gpr[ry] & 0xFFFFFF, cpu.gpr[15]);
        if (error == 0) {
            error = execute(cpu, vaddr, cpu.gpr[ry] & 0xFFFFFF);
        }
        cpu.setConditionCode(error >>> 8);
        cpu.gpr[15] = error == 0 ? 0 : error & 0xFF;
    }

    /** A cc 1 error: the device cannot do it. */
    private static int availability(int code) {
        return 1 << 8 | code;
    }

    /** A cc 2 error: the channel program is not one DIAGNOSE X'18' takes. */
    private static int chainError(int code) {
        return 2 << 8 | code;
    }

    /**
     * Walks the chain as written, CCW after CCW (a TIC only loops back to its search, so the walk
     * steps over it), and checks it before any I/O.
     */
    private int check(Cpu cpu, CkdDasd disk, int chain, int declared) {
        if ((chain & 7) != 0) {
            return chainError(5);
        }
        MainStorage storage = cpu.storage();
        int dataCcws = 0;
        int firstCylinder = -1;
        for (int at = chain; ; at += 8) {
            if (!inStorage(cpu, at, 8)) {
                return chainError(6);
            }
            int absolute = cpu.absoluteAddress(at);
            int op = storage.readByte(absolute);
            int data = (int) storage.read(absolute + 1, 3);
            int flags = storage.readByte(absolute + 4);
            int count = (int) storage.read(absolute + 6, 2);
            switch (op) {
                case SEEK, SEEK_HEAD -> {
                    if (!inStorage(cpu, data, 6)) {
                        return chainError(6);
                    }
                    int cylinder = (int) storage.read(cpu.absoluteAddress(data) + 2, 2);
                    if (cylinder >= disk.cylinders()) {
                        return availability(4);
                    }
                    if (firstCylinder < 0) {
                        firstCylinder = cylinder;
                    } else if (op == SEEK_HEAD && cylinder != firstCylinder) {
                        return chainError(12);
                    }
                }
                case SEARCH_ID_EQUAL -> {
                    if (!inStorage(cpu, data, 5)) {
                        return chainError(6);
                    }
                }
                case TIC -> {
                    continue;
                }
                case SET_SECTOR -> { }
                case READ_DATA, WRITE_DATA -> {
                    if (count == 0) {
                        return chainError(8);
                    }
                    if (count > MAX_COUNT) {
                        return chainError(9);
                    }
                    if (!inStorage(cpu, data, count)) {
                        return chainError(10);
                    }
                    if (op == WRITE_DATA && disk.readOnly()) {
                        return availability(3);
                    }
                    dataCcws++;
                }
                default -> {
                    return chainError(7);
                }
            }
            if ((flags & CHAINING) == 0) {
                break;
            }
        }
        if (declared < 1 || declared > MAX_DATA_CCWS || declared < dataCcws) {
            return chainError(11);
        }
        return 0;
    }

    private static boolean inStorage(Cpu cpu, int real, int length) {
        MainStorage storage = cpu.storage();
        return storage.contains(cpu.absoluteAddress(real)) && storage.contains(cpu.absoluteAddress(real + length - 1));
    }

    /**
     * Runs the chain through the virtual channel and takes its ending status as TEST I/O would,
     * so no interruption is left for the guest; the guest's CAW and CSW come back unless it failed.
     */
    private int execute(Cpu cpu, int vaddr, int chain) {
        if (machine.channel().busy(vaddr)) {
            return availability(5);
        }
        MainStorage storage = cpu.storage();
        int caw = cpu.absoluteAddress(CAW);
        int csw = cpu.absoluteAddress(CSW);
        long savedCaw = storage.read(caw, 4);
        long savedCsw = storage.read(csw, 8);
        storage.write(caw, 4, chain);
        int cc = machine.channel().startIo(cpu, vaddr, false);
        while (cc == 0 || cc == 2) {
            cc = machine.channel().testIo(cpu, vaddr);
            if (cc == 2 && !cpu.advanceToNextEvent()) {
                machine.waitForPostedWork();
            }
        }
        Csw status = Csw.decode(storage.read(csw, 8));
        storage.write(caw, 4, savedCaw);
        boolean clean = cc == 1 && status.channelStatus() == 0
                && (status.unitStatus() & ~UnitStatus.END.bits()) == 0;
        if (!clean) {
            return 3 << 8 | 13;
        }
        storage.write(csw, 8, savedCsw);
        return 0;
    }
}
