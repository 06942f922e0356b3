package vm370.cp.privileged;

import java.util.HashMap;
import java.util.Map;
import vm370.cp.vio.DasdBlocks;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.storage.BigEndian;

/**
 * DIAGNOSE X'250', block I/O: a guest reads and writes numbered blocks of a minidisk and CP turns
 * each block number into the CKD record (R1..Rn of each track) or FBA blocks it is, bounded by the
 * minidisk. The parameter lists follow z/VM's 31-bit BIOPL and BIOE layouts (z/VM CP Programming
 * Services, "DIAGNOSE Code X'250'"; the HCPBIOPL DSECT); the return codes are ours, listed below.
 *
 * <p>Rx: the address of a doubleword-aligned BIOPL; Ry: the function (0 INITIALIZE, 1 READ/WRITE,
 * 2 REMOVE). On return Ry holds the return code; condition code 0 for rc 0, 1 for rc 4, 2 above.
 * <ul>
 * <li>INITIALIZE. BIOPL +0 device number (2 bytes), +24 block size (4), +28 offset (4): blocks
 *   reserved at the start. Returns +32 first block (always 1) and +36 last block. rc 0 ready,
 *   4 ready but read-only, 8 no such device, 12 not a DASD, 16 block size not 512/1K/2K/4K or not
 *   the size the disk is formatted in (CKD track 0), 20 offset not below the disk's blocks.
 * <li>READ/WRITE. BIOPL +0 device number, +28 number of BIOEs (1-256), +36 address of the BIOE list.
 *   Each 16-byte BIOE: +0 type (X'01' write, X'02' read), +1 status (set by CP), +4 block number,
 *   +12 buffer address. Status 0 done, 1 block number out of range, 2 buffer not addressable or
 *   protected, 3 write to a read-only disk, 4 type not valid, 5 I/O error. rc 0 every BIOE done,
 *   4 at least one failed, 8 no such device, 12 not initialized, 16 BIOE count not valid. A request
 *   flagged asynchronous (+25 X'02') completes synchronously, with rc 0, as z/VM allows.
 * <li>REMOVE. BIOPL +0 device number. rc 0 removed, 8 no such device, 12 not initialized.
 * </ul>
 */
final class BlockIoDiagnose {

    private static final int MAX_BIOES = 256;

    /** A device the guest initialized: the device object it was for, so a re-DEFINEd address must be set up again. */
    private record Environment(ChannelDevice device, DasdBlocks blocks, long offset) { }

    private final VirtualMachine machine;
    private final Map<Integer, Environment> environments = new HashMap<>();
    private final byte[] parameters = new byte[40];
    private final byte[] element = new byte[16];

    BlockIoDiagnose(VirtualMachine machine) {
        this.machine = machine;
    }

    void diagnose(Cpu cpu, int rx, int ry) {
        int biopl = cpu.gpr[rx] & 0xFFFFFF;
        if ((biopl & 7) != 0 || rx == ry) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        cpu.fetchBytes(biopl, parameters, 0, parameters.length);
        int device = BigEndian.halfword(parameters, 0);
        int rc = switch (cpu.gpr[ry]) {
            case 0 -> initialize(cpu, biopl, device);
            case 1 -> readWrite(cpu, device);
            case 2 -> remove(device);
            default -> throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        };
        cpu.gpr[ry] = rc;
        cpu.setConditionCode(rc == 0 ? 0 : rc == 4 ? 1 : 2);
    }

    private int initialize(Cpu cpu, int biopl, int address) {
        ChannelDevice device = machine.channel().device(address);
        if (device == null) {
            return 8;
        }
        int blockSize = BigEndian.word(parameters, 24);
        long offset = BigEndian.word(parameters, 28) & 0xFFFFFFFFL;
        return switch (DasdBlocks.open(device, blockSize)) {
            case DasdBlocks.Opened.Unsupported u -> 12;
            case DasdBlocks.Opened.BadBlockSize b -> 16;
            case DasdBlocks.Opened.Ready ready -> {
                if (offset >= ready.blocks().blocks()) {
                    yield 20;
                }
                environments.put(address, new Environment(device, ready.blocks(), offset));
                byte[] range = new byte[8];
                BigEndian.putWord(range, 0, 1);
                BigEndian.putWord(range, 4, (int) (ready.blocks().blocks() - offset));
                cpu.storeBytes(biopl + 32, range, 0, 8);
                yield ready.blocks().readOnly() ? 4 : 0;
            }
        };
    }

    private int readWrite(Cpu cpu, int address) {
        Environment environment = current(address);
        if (environment == null) {
            return machine.channel().device(address) == null ? 8 : 12;
        }
        int count = BigEndian.word(parameters, 28);
        if (count < 1 || count > MAX_BIOES) {
            return 16;
        }
        int list = BigEndian.word(parameters, 36) & 0xFFFFFF;
        DasdBlocks blocks = environment.blocks();
        byte[] buffer = new byte[blocks.blockSize()];
        boolean failed = false;
        for (int i = 0; i < count; i++) {
            int bioe = list + 16 * i;
            cpu.fetchBytes(bioe, element, 0, element.length);
            int status = transfer(cpu, environment, buffer);
            cpu.storeBytes(bioe + 1, new byte[] {(byte) status}, 0, 1);
            failed |= status != 0;
        }
        return failed ? 4 : 0;
    }

    /** One BIOE: the status it gets. */
    private int transfer(Cpu cpu, Environment environment, byte[] buffer) {
        int type = element[0] & 0xFF;
        long block = (BigEndian.word(element, 4) & 0xFFFFFFFFL) + environment.offset();
        int address = BigEndian.word(element, 12) & 0xFFFFFF;
        if (type != 1 && type != 2) {
            return 4;
        }
        if (block <= environment.offset() || block > environment.blocks().blocks()) {
            return 1;
        }
        try {
            if (type == 1) {
                cpu.fetchBytes(address, buffer, 0, buffer.length);
                return status(environment.blocks().write(block, buffer));
            }
            cpu.checkAccess(address, buffer.length, true);
            int status = status(environment.blocks().read(block, buffer));
            if (status == 0) {
                cpu.storeBytes(address, buffer, 0, buffer.length);
            }
            return status;
        } catch (ProgramInterruption e) {
            return 2;
        }
    }

    private static int status(DasdBlocks.Result result) {
        return switch (result) {
            case DONE -> 0;
            case OUT_OF_RANGE -> 1;
            case READ_ONLY -> 3;
            case IO_ERROR -> 5;
        };
    }

    private int remove(int address) {
        if (current(address) == null) {
            return machine.channel().device(address) == null ? 8 : 12;
        }
        environments.remove(address);
        return 0;
    }

    /** The environment of an address, if the device there is still the one it was set up for. */
    private Environment current(int address) {
        Environment environment = environments.get(address);
        if (environment != null && environment.device() != machine.channel().device(address)) {
            environments.remove(address);
            return null;
        }
        return environment;
    }
}
