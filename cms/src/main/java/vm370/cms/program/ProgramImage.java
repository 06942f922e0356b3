package vm370.cms.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/**
 * A program as it sits in storage: origin, bytes, entry point and the names of its sections and
 * entries; what LOAD leaves behind, what GENMOD saves and a MODULE file holds.
 *
 * <p>A MODULE file is RECFM V: record 1 is C'CMSMODUL', F origin, F length, F entry, F number of
 * names; then the storage image in records of up to 4096 bytes; then the names, 12 bytes each
 * (CL8 name, F address), up to 340 a record.
 */
record ProgramImage(int origin, byte[] image, int entry, Map<String, Integer> symbols) {

    private static final byte[] MAGIC = Ebcdic.CP037.encode("CMSMODUL");
    private static final int CHUNK = 4096;
    private static final int NAMES_PER_RECORD = 340;

    /** The name of the section or entry that holds {@code address}: the nearest at or below it. */
    String routineAt(int address) {
        String best = "";
        int bestAddress = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            if (e.getValue() <= address && e.getValue() > bestAddress) {
                best = e.getKey();
                bestAddress = e.getValue();
            }
        }
        return best;
    }

    /** The MODULE file's records. */
    List<byte[]> encode() {
        List<byte[]> records = new ArrayList<>();
        byte[] header = new byte[24];
        System.arraycopy(MAGIC, 0, header, 0, 8);
        BigEndian.putWord(header, 8, origin);
        BigEndian.putWord(header, 12, image.length);
        BigEndian.putWord(header, 16, entry);
        BigEndian.putWord(header, 20, symbols.size());
        records.add(header);
        for (int at = 0; at < image.length; at += CHUNK) {
            records.add(Arrays.copyOfRange(image, at, Math.min(image.length, at + CHUNK)));
        }
        List<Map.Entry<String, Integer>> names = new ArrayList<>(symbols.entrySet());
        for (int i = 0; i < names.size(); i += NAMES_PER_RECORD) {
            List<Map.Entry<String, Integer>> part = names.subList(i, Math.min(names.size(), i + NAMES_PER_RECORD));
            byte[] record = new byte[part.size() * 12];
            for (int k = 0; k < part.size(); k++) {
                System.arraycopy(Ebcdic.CP037.encodePadded(part.get(k).getKey(), 8), 0, record, k * 12, 8);
                BigEndian.putWord(record, k * 12 + 8, part.get(k).getValue());
            }
            records.add(record);
        }
        return records;
    }

    /** Reads a MODULE file; empty when it is not one of ours or is damaged. */
    static Optional<ProgramImage> decode(List<byte[]> records) {
        if (records.isEmpty() || records.get(0).length != 24 || !Arrays.equals(records.get(0), 0, 8, MAGIC, 0, 8)) {
            return Optional.empty();
        }
        byte[] header = records.get(0);
        int origin = BigEndian.word(header, 8);
        int length = BigEndian.word(header, 12);
        int entry = BigEndian.word(header, 16);
        int count = BigEndian.word(header, 20);
        int chunks = (length + CHUNK - 1) / CHUNK;
        if (length < 0 || count < 0 || records.size() != 1 + chunks + (count + NAMES_PER_RECORD - 1) / NAMES_PER_RECORD) {
            return Optional.empty();
        }
        byte[] image = new byte[length];
        int at = 0;
        for (int r = 1; r <= chunks; r++) {
            byte[] chunk = records.get(r);
            if (at + chunk.length > length) {
                return Optional.empty();
            }
            System.arraycopy(chunk, 0, image, at, chunk.length);
            at += chunk.length;
        }
        Map<String, Integer> symbols = new LinkedHashMap<>();
        for (int r = 1 + chunks; r < records.size(); r++) {
            byte[] names = records.get(r);
            for (int k = 0; k + 12 <= names.length; k += 12) {
                symbols.put(Ebcdic.CP037.decode(names, k, 8).stripTrailing(), BigEndian.word(names, k + 8));
            }
        }
        return at == length && symbols.size() == count
                ? Optional.of(new ProgramImage(origin, image, entry, Map.copyOf(symbols))) : Optional.empty();
    }
}
