package vm370.rscs.nje;

import vm370.s370.storage.BigEndian;

/**
 * Reassembles the TCPNJE byte stream into records: each TTB (8-byte header whose length counts the
 * whole TTB) holds TTRs (4-byte header with the record's length) and ends with a zero TTR. Bytes
 * may arrive one at a time, a TTB may be split anywhere and several may share a read. A stream
 * that breaks the framing is garbage: {@link #feed} says so once and the decoder stays failed.
 */
public final class TtbDecoder {

    /** Takes each record as it completes; the buffer is reused after the call returns. */
    @FunctionalInterface
    public interface Sink {
        void record(byte[] buffer, int offset, int length);
    }

    private static final int TTB_HEADER = 8;
    private static final int TTR_HEADER = 4;
    private enum State { TTB, TTR, RECORD, SKIP, FAILED }

    private final byte[] header = new byte[TTB_HEADER];
    private final byte[] record;
    private State state = State.TTB;
    private int filled;
    private int ttbRemaining;
    private int recordLength;
    private String error;

    /** @param maxRecord the longest record taken (the buffer size agreed at signon, or more) */
    public TtbDecoder(int maxRecord) {
        this.record = new byte[maxRecord];
    }

    /** Feeds bytes; false when the stream is garbage ({@link #error} says why). */
    public boolean feed(byte[] bytes, int offset, int length, Sink sink) {
        for (int i = 0; i < length; i++) {
            if (!feed(bytes[offset + i], sink)) {
                return false;
            }
        }
        return true;
    }

    /** Feeds one byte; false when the stream is garbage. */
    public boolean feed(int value, Sink sink) {
        byte b = (byte) value;
        switch (state) {
            case TTB -> {
                header[filled++] = b;
                if (filled == TTB_HEADER) {
                    filled = 0;
                    int length = BigEndian.halfword(header, 2);
                    if (header[0] != 0 || length < TTB_HEADER + TTR_HEADER) {
                        return fail(String.format("bad TTB header %02X%02X%04X", header[0], header[1], length));
                    }
                    ttbRemaining = length - TTB_HEADER;
                    state = State.TTR;
                }
            }
            case TTR -> {
                header[filled++] = b;
                if (filled == TTR_HEADER) {
                    filled = 0;
                    ttbRemaining -= TTR_HEADER;
                    recordLength = BigEndian.halfword(header, 2);
                    if (recordLength == 0) {
                        // The closing TTR; bytes a peer counted beyond it are skipped.
                        state = ttbRemaining > 0 ? State.SKIP : State.TTB;
                    } else if (recordLength > record.length || recordLength + TTR_HEADER > ttbRemaining) {
                        return fail("TTR length " + recordLength + " does not fit its TTB");
                    } else {
                        state = State.RECORD;
                    }
                }
            }
            case RECORD -> {
                record[filled++] = b;
                if (filled == recordLength) {
                    filled = 0;
                    ttbRemaining -= recordLength;
                    state = State.TTR;
                    sink.record(record, 0, recordLength);
                }
            }
            case SKIP -> {
                if (--ttbRemaining == 0) {
                    state = State.TTB;
                }
            }
            case FAILED -> {
                return false;
            }
        }
        return true;
    }

    private boolean fail(String why) {
        error = why;
        state = State.FAILED;
        return false;
    }

    /** True between TTBs: nothing half-read is left over. */
    public boolean idle() {
        return state == State.TTB && filled == 0;
    }

    public String error() {
        return error;
    }
}
