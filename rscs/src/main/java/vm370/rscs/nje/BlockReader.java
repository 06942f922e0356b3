package vm370.rscs.nje;

/**
 * Takes apart one TCPNJE record: SOH ENQ, DLE ACK0 (the X'FF' pad optional), or a transmission
 * block whose records it expands and hands to the {@link Handler}. Stray bytes after the
 * end-of-block RCB are ignored, as a real peer leaves some. Anything else is garbage: {@link #read}
 * returns the reason, null when the record was good. One per receiving side (it keeps its buffers).
 */
public final class BlockReader {

    /** What a block carries, in order. The record buffer is reused after each call. */
    public interface Handler {
        void enquiry();

        void acknowledge();

        /** A control RCB (X'90'..X'E0'): stream requests, permissions, completions. */
        void control(int rcb, int srcb);

        void record(int rcb, int srcb, byte[] data, int length);
    }

    private final Scb scb = new Scb();

    public String read(byte[] in, int offset, int length, Handler handler) {
        int limit = offset + length;
        if (length >= 2 && in[offset] == 0x01 && in[offset + 1] == 0x2D) {
            handler.enquiry();
            return null;
        }
        if (length >= 2 && in[offset] == 0x10 && in[offset + 1] == 0x70) {
            handler.acknowledge();
            return null;
        }
        if (length < 6 || in[offset] != 0x10 || in[offset + 1] != 0x02) {
            return String.format("not an NJE block (starts %02X%02X)", in[offset], length > 1 ? in[offset + 1] : 0);
        }
        int at = offset + 5;
        while (at < limit) {
            int rcb = in[at++] & 0xFF;
            if (rcb == 0) {
                return null;
            }
            if (at >= limit) {
                return String.format("RCB %02X without its SRCB", rcb);
            }
            int srcb = in[at++] & 0xFF;
            if (isControl(rcb)) {
                handler.control(rcb, srcb);
                continue;
            }
            at = scb.expand(in, at, limit);
            if (at < 0) {
                return String.format("bad SCB in the record of RCB %02X", rcb);
            }
            handler.record(rcb, srcb, scb.record(), scb.recordLength());
        }
        return "block without its end RCB";
    }

    /** RCBs X'90' to X'E0' control streams and carry no record. */
    static boolean isControl(int rcb) {
        return (rcb & 0x0F) == 0 && rcb >= 0x90 && rcb <= 0xE0;
    }
}
