package vm370.cp.vm;

import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;

/**
 * The external interruption message header (VMCMHDR) CP stores at the start of a program's
 * interruption buffer with each VMCF interruption X'4001': +0 status (X'80' final response,
 * X'40' rejected, X'20' priority), +1 the data transfer error code, +2 the subfunction of the
 * original request, +4 message id, +8 the other user, +16/+20 address and length (or residual)
 * of the SEND data, +24/+28 of the reply buffer, +32 the user doubleword.
 * @vm370 DMKVMC
 */
record VmcfHeader(int status, int error, int function, int messageId, String userid, int addressA, int lengthA,
                  int addressB, int lengthB, long userWord) {

    static final int LENGTH = 40;
    static final int RESPONSE = 0x80;
    static final int REJECTED = 0x40;
    static final int PRIORITY = 0x20;
    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    /** The header of a SEND-type interruption at the sink: the request as the source made it. */
    static VmcfHeader send(VmcfMessage m) {
        return new VmcfHeader(m.priority() ? PRIORITY : 0, 0, m.function().code(), m.messageId(), m.source().userid(),
                m.dataAddress(), m.data().length, m.replyAddress(), m.replyLength(), m.userWord());
    }

    /**
     * The final response to the source: the sink's userid, the residual counts of the SEND data
     * and of the reply buffer, the data transfer error code and the user doubleword going back.
     */
    static VmcfHeader response(VmcfMessage m, boolean rejected, VmcfReturnCode error, int dataResidual,
                               int replyResidual, long userWord) {
        int status = RESPONSE | (rejected ? REJECTED : 0) | (m.priority() ? PRIORITY : 0);
        return new VmcfHeader(status, error.code(), m.function().code(), m.messageId(), m.sink().userid(),
                m.dataAddress(), dataResidual, m.replyAddress(), replyResidual, userWord);
    }

    /** The user doubleword holding eight EBCDIC characters (SMSG puts the sender's userid there). */
    static long userWord(String text) {
        return VmcfRequest.field(EBCDIC.encodePadded(text, 8), 0, 8);
    }

    /** Stores the header at {@code address} of the machine's storage (the caller checked it is there). */
    void store(MainStorage storage, int address) {
        storage.write(address, 1, status);
        storage.write(address + 1, 1, error);
        storage.write(address + 2, 2, function);
        storage.write(address + 4, 4, messageId);
        storage.writeBytes(address + 8, EBCDIC.encodePadded(userid, 8), 0, 8);
        storage.write(address + 16, 4, addressA);
        storage.write(address + 20, 4, lengthA);
        storage.write(address + 24, 4, addressB);
        storage.write(address + 28, 4, lengthB);
        storage.write(address + 32, 8, userWord);
    }
}
