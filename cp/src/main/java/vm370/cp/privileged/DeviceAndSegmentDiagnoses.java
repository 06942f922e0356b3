package vm370.cp.privileged;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vm370.cp.NamedSegments;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.storage.BigEndian;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;

/**
 * DIAGNOSE 24 and 210 (what a virtual device is), 5C (error message editing by SET EMSG) and 64
 * (named saved segments), as the VM/370 System Programmer's Guide (SPG, "DIAGNOSE Instruction in a
 * Virtual Machine") and, for 210 and 64's subcodes, z/VM CP Programming Services define them.
 * @vm370 DMKHVC
 */
final class DeviceAndSegmentDiagnoses {

    /** DIAGNOSE 64 subcodes [src: z/VM CP Programming Services; Linux arch/s390/mm/extmem.c]. */
    private static final int LOAD_SHARED = 0x00;
    private static final int LOAD_NONSHARED = 0x04;
    private static final int PURGE = 0x08;
    private static final int FIND = 0x0C;
    /** DIAGNOSE 64's Ry when the segment does not exist (with cc 2). */
    static final int NO_SUCH_SEGMENT = 44;
    /** DIAGNOSE 64's Ry when the segment lies beyond the machine's storage (with cc 2); our code. */
    static final int BEYOND_STORAGE = 47;
    /** A message identifier: DMSxxxnnnE, ten characters. */
    private static final int MESSAGE_ID = 10;

    private final VirtualMachine machine;
    private final NamedSegments segments;
    private final Set<String> loaded = new HashSet<>();

    DeviceAndSegmentDiagnoses(VirtualMachine machine, NamedSegments segments) {
        this.machine = machine;
        this.segments = segments;
    }

    /**
     * DIAGNOSE 24: Rx holds a virtual device address (-1: the virtual console). Ry gets the virtual
     * device's class, type, status and flags, R(y+1) the real device's class, type, model and
     * features. cc 0 the device exists, cc 3 it does not (Rx, Ry unchanged) [src: SPG, DIAGNOSE 24;
     * z/VM CP Programming Services, "CP370 Device Types": byte 1 of Ry and Ry+1].
     */
    void deviceType(Cpu cpu, int rx, int ry) {
        int address = cpu.gpr[rx] == -1 ? machine.consoleAddress() : cpu.gpr[rx];
        ChannelDevice device = address < 0 || address > 0xFFFF ? null : machine.channel().device(address);
        if (device == null) {
            cpu.setConditionCode(3);
            return;
        }
        DeviceInformation info = DeviceInformation.of(device);
        cpu.gpr[ry] = info.virtualWord();
        cpu.gpr[(ry + 1) & 15] = info.realWord();
        cpu.setConditionCode(0);
    }

    /**
     * DIAGNOSE 210: Rx addresses a VRDCBLOK: +0 device number (2 bytes), +2 its length (at least
     * 12); CP fills +4 virtual class, type, status, flags and +8 real class, type, model, features.
     * cc 0 done, cc 2 the block's length is too small, cc 3 no such device [src: z/VM CP
     * Programming Services, DIAGNOSE X'210'; Linux arch/s390 struct diag210].
     */
    void deviceCharacteristics(Cpu cpu, int rx) {
        int block = cpu.gpr[rx] & 0xFFFFFF;
        if ((block & 3) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        byte[] head = new byte[4];
        cpu.fetchBytes(block, head, 0, 4);
        int length = BigEndian.halfword(head, 2);
        ChannelDevice device = machine.channel().device(BigEndian.halfword(head, 0));
        if (length < 12) {
            cpu.setConditionCode(2);
            return;
        }
        if (device == null) {
            cpu.setConditionCode(3);
            return;
        }
        DeviceInformation info = DeviceInformation.of(device);
        byte[] out = new byte[8];
        BigEndian.putWord(out, 0, info.virtualWord());
        BigEndian.putWord(out, 4, info.realWord());
        cpu.storeBytes(block + 4, out, 0, 8);
        cpu.setConditionCode(0);
    }

    /**
     * DIAGNOSE 5C: Rx addresses a message whose length is in Ry; CP leaves in Rx and Ry the part
     * the user's SET EMSG shows: ON all of it, TEXT what follows the ten-character identifier and
     * its blank, CODE the identifier, OFF nothing (length 0). A message shorter than an identifier
     * is left whole. Nothing is moved [src: SPG, DIAGNOSE 5C].
     */
    void editMessage(Cpu cpu, int rx, int ry) {
        int length = cpu.gpr[ry];
        if (length <= MESSAGE_ID) {
            return;
        }
        switch (machine.messageEditing()) {
            case ON -> { }
            case TEXT -> {
                byte[] after = new byte[1];
                cpu.fetchBytes((cpu.gpr[rx] + MESSAGE_ID) & 0xFFFFFF, after, 0, 1);
                int skip = MESSAGE_ID + (after[0] == 0x40 ? 1 : 0);
                cpu.gpr[rx] += skip;
                cpu.gpr[ry] = length - skip;
            }
            case CODE -> cpu.gpr[ry] = MESSAGE_ID;
            case OFF -> cpu.gpr[ry] = 0;
        }
    }

    /**
     * DIAGNOSE 64: Rx addresses an 8-byte segment name, Ry holds the subcode: X'00' load shared,
     * X'04' load non-shared, X'08' purge, X'0C' find. Load and find return the first byte's address
     * in Rx and the last's in Ry. Load: cc 0 (the segment's pages are copied into the machine's
     * storage; this CP does not share pages between machines). Find: cc 0 loaded, cc 1 exists but
     * not loaded. cc 2 with Ry = 44 no such segment, 47 (ours) it lies beyond the machine's
     * storage. Purge: the segment's pages are released (they read as zeros); cc 0.
     */
    void namedSegment(Cpu cpu, int rx, int ry) {
        byte[] name = new byte[8];
        cpu.fetchBytes(cpu.gpr[rx] & 0xFFFFFF, name, 0, 8);
        int subcode = cpu.gpr[ry];
        if (subcode != LOAD_SHARED && subcode != LOAD_NONSHARED && subcode != PURGE && subcode != FIND) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        Optional<NamedSegments.Segment> found = segments.find(Ebcdic.CP037.decode(name));
        if (found.isEmpty()) {
            cpu.gpr[ry] = NO_SUCH_SEGMENT;
            cpu.setConditionCode(2);
            return;
        }
        NamedSegments.Segment segment = found.get();
        MainStorage storage = machine.storage().storage();
        if (!storage.contains(segment.end())) {
            cpu.gpr[ry] = BEYOND_STORAGE;
            cpu.setConditionCode(2);
            return;
        }
        switch (subcode) {
            case PURGE -> {
                if (loaded.remove(segment.name())) {
                    machine.storage().release(segment.start() / MainStorage.FRAME_SIZE, segment.end() / MainStorage.FRAME_SIZE);
                    cpu.purgeTlb();
                }
                cpu.setConditionCode(0);
                return;
            }
            case FIND -> cpu.setConditionCode(loaded.contains(segment.name()) ? 0 : 1);
            default -> {
                byte[] contents = segment.contents();
                storage.writeBytes(segment.start(), contents, 0, contents.length);
                cpu.purgeTlb();
                loaded.add(segment.name());
                cpu.setConditionCode(0);
            }
        }
        cpu.gpr[rx] = segment.start();
        cpu.gpr[ry] = segment.end();
    }
}
