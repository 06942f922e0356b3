package vm370.cp.privileged;

import java.util.Optional;
import java.util.function.Function;
import vm370.cp.vm.VirtualMachine;
import vm370.cp.vm.Vmcf;
import vm370.cp.vm.VmcfFunction;
import vm370.cp.vm.VmcfRequest;
import vm370.cp.vm.VmcfReturnCode;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.storage.MainStorage;

/**
 * DIAGNOSE X'68', the virtual machine communication facility. Rx holds the address of the
 * parameter list ({@link VmcfRequest}, doubleword aligned, else a specification exception); Ry
 * gets the return code ({@link VmcfReturnCode}). This side checks the request against the calling
 * machine (authorized, its buffers inside its storage and open to its PSW key) and finds the other
 * user; the machine's {@link Vmcf} carries the transaction.
 * @vm370 DMKVMC
 */
final class VmcfDiagnose {

    private final VirtualMachine machine;
    private final Function<String, Optional<VirtualMachine>> users;

    /** DIAGNOSE X'68' for {@code machine}; {@code users} finds a logged-on user's machine. */
    VmcfDiagnose(VirtualMachine machine, Function<String, Optional<VirtualMachine>> users) {
        this.machine = machine;
        this.users = users;
    }

    void diagnose(Cpu cpu, int rx, int ry) {
        int parameters = cpu.gpr[rx] & 0xFFFFFF;
        if ((parameters & 7) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        byte[] list = new byte[VmcfRequest.LENGTH];
        cpu.fetchBytes(parameters, list, 0, list.length);
        VmcfRequest request = VmcfRequest.parse(list);
        cpu.gpr[ry] = VmcfFunction.of(request.function())
                .map(function -> perform(cpu, function, request))
                .orElse(VmcfReturnCode.INVALID_SUBFUNCTION).code();
    }

    private VmcfReturnCode perform(Cpu cpu, VmcfFunction function, VmcfRequest r) {
        Vmcf vmcf = machine.vmcf();
        if (function != VmcfFunction.AUTHORIZE && !vmcf.authorized()) {
            return VmcfReturnCode.NOT_AUTHORIZED;
        }
        return switch (function) {
            case AUTHORIZE -> authorize(cpu, vmcf, r);
            case UNAUTHORIZE -> {
                vmcf.unauthorize();
                yield VmcfReturnCode.NORMAL;
            }
            case SEND, SEND_RECEIVE, SENDX, IDENTIFY -> send(cpu, vmcf, function, r);
            case RECEIVE -> orElse(checkBuffer(cpu, r.addressA(), r.lengthA(), true),
                    () -> vmcf.receive(r.messageId(), r.userid(), r.addressA(), r.lengthA(), r.userWord()));
            case REPLY -> orElse(checkBuffer(cpu, r.addressA(), r.lengthA(), false),
                    () -> vmcf.reply(r.messageId(), r.userid(), r.addressA(), r.lengthA(), r.userWord()));
            case REJECT -> vmcf.reject(r.messageId(), r.userid(), r.userWord());
            case CANCEL -> vmcf.cancel(r.messageId(), r.userid());
            case QUIESCE, RESUME -> {
                vmcf.quiesce(function == VmcfFunction.QUIESCE);
                yield VmcfReturnCode.NORMAL;
            }
        };
    }

    /**
     * AUTHORIZE: the external interruption buffer must be doubleword aligned, hold at least the
     * message header, lie inside storage (rc 1) and be open to the PSW key (rc 6). The SMSG flag
     * turns SMSG on; SPECIFIC names the one partner in VMCPUSER.
     */
    private VmcfReturnCode authorize(Cpu cpu, Vmcf vmcf, VmcfRequest r) {
        if ((r.addressA() & 7) != 0 || r.lengthA() < Vmcf.HEADER_LENGTH) {
            return VmcfReturnCode.INVALID_BUFFER;
        }
        VmcfReturnCode buffer = checkBuffer(cpu, r.addressA(), r.lengthA(), true);
        if (buffer != VmcfReturnCode.NORMAL) {
            return buffer;
        }
        vmcf.authorize(r.addressA(), r.lengthA(), r.specific() ? r.userid() : null, r.priority());
        if (r.specialMessages()) {
            machine.specialMessages().setAccepting(true);
        }
        return VmcfReturnCode.NORMAL;
    }

    /** A SEND-type request: the data (and a SEND/RECV's reply buffer) checked, the sink found. */
    private VmcfReturnCode send(Cpu cpu, Vmcf vmcf, VmcfFunction function, VmcfRequest r) {
        if (function != VmcfFunction.IDENTIFY) {
            VmcfReturnCode data = checkBuffer(cpu, r.addressA(), r.lengthA(), false);
            if (data != VmcfReturnCode.NORMAL) {
                return data;
            }
        }
        if (function == VmcfFunction.SEND_RECEIVE) {
            VmcfReturnCode reply = checkBuffer(cpu, r.addressB(), r.lengthB(), true);
            if (reply != VmcfReturnCode.NORMAL) {
                return reply;
            }
        }
        return users.apply(r.userid())
                .map(sink -> vmcf.send(sink.vmcf(), function, r))
                .orElse(VmcfReturnCode.USER_NOT_AVAILABLE);
    }

    private static VmcfReturnCode orElse(VmcfReturnCode check, java.util.function.Supplier<VmcfReturnCode> then) {
        return check == VmcfReturnCode.NORMAL ? then.get() : check;
    }

    /**
     * Whether the {@code length} bytes at {@code address} of the machine's storage may be moved as a
     * channel would move them: inside storage (rc 1), and with a nonzero PSW key, in blocks of that
     * key, or for a fetch not fetch-protected (rc 6).
     */
    private static VmcfReturnCode checkBuffer(Cpu cpu, int address, int length, boolean store) {
        if (length == 0) {
            return VmcfReturnCode.NORMAL;
        }
        MainStorage storage = cpu.storage();
        long last = (long) address + length - 1;
        if (length < 0 || !storage.contains(address) || last > Integer.MAX_VALUE || !storage.contains((int) last)) {
            return VmcfReturnCode.INVALID_BUFFER;
        }
        int key = cpu.pswKey();
        if (key == 0) {
            return VmcfReturnCode.NORMAL;
        }
        for (long block = address & ~(MainStorage.KEY_BLOCK_SIZE - 1); block <= last; block += MainStorage.KEY_BLOCK_SIZE) {
            int storageKey = storage.key((int) block);
            if (storageKey >>> 4 != key && (store || (storageKey & MainStorage.KEY_FETCH_PROTECTED) != 0)) {
                return VmcfReturnCode.PROTECTION_VIOLATION;
            }
        }
        return VmcfReturnCode.NORMAL;
    }
}
