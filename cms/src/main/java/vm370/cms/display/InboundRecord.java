package vm370.cms.display;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.s370.device.display.BufferAddress;
import vm370.s370.text.Ebcdic;

/**
 * What a Read Modified brings back: the AID, the cursor address, and each modified field as the
 * address of its first character and its text (nulls suppressed, as the terminal sends it).
 * Short reads (CLEAR, PA keys) carry only the AID.
 */
public record InboundRecord(AidKey aid, int cursor, List<Field> fields) {

    private static final int SBA = 0x11;

    /** One modified field: where its text starts and the text. */
    public record Field(int address, String text) {
    }

    public InboundRecord {
        fields = List.copyOf(fields);
    }

    /** Parses an inbound record; empty when it is not one (unknown AID). */
    public static Optional<InboundRecord> parse(byte[] data, Ebcdic ebcdic) {
        if (data.length == 0) {
            return Optional.empty();
        }
        Optional<AidKey> aid = AidKey.of(data[0]);
        if (aid.isEmpty()) {
            return Optional.empty();
        }
        if (data.length < 3) {
            return Optional.of(new InboundRecord(aid.get(), 0, List.of()));
        }
        int cursor = BufferAddress.decode(data[1], data[2]);
        List<Field> fields = new ArrayList<>();
        int i = 3;
        while (i + 2 < data.length && data[i] == SBA) {
            int address = BufferAddress.decode(data[i + 1], data[i + 2]);
            int start = i + 3;
            int end = start;
            while (end < data.length && data[end] != SBA) {
                end++;
            }
            StringBuilder text = new StringBuilder(end - start);
            for (int k = start; k < end; k++) {
                if (data[k] != 0) {
                    text.append(ebcdic.toChar(data[k] & 0xFF));
                }
            }
            fields.add(new Field(address, text.toString()));
            i = end;
        }
        return Optional.of(new InboundRecord(aid.get(), cursor, fields));
    }

    /** The record as a terminal sends it (what a test's keyboard produces). */
    public byte[] encode(int bufferSize, Ebcdic ebcdic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(aid.code());
        if (aid.shortRead()) {
            return out.toByteArray();
        }
        byte[] address = new byte[2];
        BufferAddress.encode(cursor, bufferSize, address, 0);
        out.write(address, 0, 2);
        for (Field f : fields) {
            out.write(SBA);
            BufferAddress.encode(f.address(), bufferSize, address, 0);
            out.write(address, 0, 2);
            byte[] text = ebcdic.encode(f.text());
            out.write(text, 0, text.length);
        }
        return out.toByteArray();
    }
}
