package vm370.cp.vm;

/**
 * One VMCF transaction, from its SEND (SEND/RECV, SENDX, IDENTIFY) until its final response: who
 * sent what to whom, the SEND data CP took from the source's storage when the source sent it (a
 * machine's storage is touched only on its own thread), the source's reply buffer, and how far the
 * sink has got. Its state and residual are guarded by the sink's {@link Vmcf}.
 * @vm370 VMCBLOK
 */
final class VmcfMessage {

    /** Where the transaction stands at the sink. */
    enum State { QUEUED, PRESENTED, RECEIVED }

    private final Vmcf source;
    private final Vmcf sink;
    private final VmcfFunction function;
    private final VmcfRequest request;
    private final byte[] data;
    private State state = State.QUEUED;
    private int dataResidual;

    VmcfMessage(Vmcf source, Vmcf sink, VmcfFunction function, VmcfRequest request, byte[] data) {
        this.source = source;
        this.sink = sink;
        this.function = function;
        this.request = request;
        this.data = data;
        this.dataResidual = data.length;
    }

    Vmcf source() {
        return source;
    }

    Vmcf sink() {
        return sink;
    }

    VmcfFunction function() {
        return function;
    }

    int messageId() {
        return request.messageId();
    }

    boolean priority() {
        return request.priority();
    }

    byte[] data() {
        return data;
    }

    int dataAddress() {
        return request.addressA();
    }

    int replyAddress() {
        return function == VmcfFunction.SEND_RECEIVE ? request.addressB() : 0;
    }

    int replyLength() {
        return function == VmcfFunction.SEND_RECEIVE ? request.lengthB() : 0;
    }

    long userWord() {
        return request.userWord();
    }

    /** True when a final response comes back to the source (IDENTIFY has none). */
    boolean answered() {
        return function != VmcfFunction.IDENTIFY;
    }

    State state() {
        return state;
    }

    void state(State now) {
        state = now;
    }

    int dataResidual() {
        return dataResidual;
    }

    void dataResidual(int residual) {
        dataResidual = residual;
    }
}
