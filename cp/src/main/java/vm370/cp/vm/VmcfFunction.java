package vm370.cp.vm;

import java.util.Optional;

/**
 * The subfunctions of the virtual machine communication facility, by the halfword code a program
 * puts in VMCPFUNC of its DIAGNOSE X'68' parameter list (and CP in VMCMFUNC of a message header).
 * @vm370 DMKVMC
 */
public enum VmcfFunction {
    AUTHORIZE(0x0000),
    UNAUTHORIZE(0x0001),
    SEND(0x0002),
    SEND_RECEIVE(0x0003),
    SENDX(0x0004),
    RECEIVE(0x0005),
    CANCEL(0x0006),
    REPLY(0x0007),
    QUIESCE(0x0008),
    RESUME(0x0009),
    IDENTIFY(0x000A),
    REJECT(0x000B);

    private static final VmcfFunction[] BY_CODE = values();

    private final int code;

    VmcfFunction(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The subfunction of a VMCPFUNC value; empty for one VMCF does not have (return code 2). */
    public static Optional<VmcfFunction> of(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }
}
