package vm370.s370.device.dasd;

import java.util.Arrays;

/**
 * One track image as Hercules stores it: a 5-byte home address (flag, CC, HH), records each with an
 * 8-byte count (CC HH R KL DL, big-endian) followed by key and data, and 8 bytes of X'FF' after
 * the last record. Records are located once per load; edits keep the image and the index in step.
 */
final class CkdTrack {

    static final int HOME_ADDRESS = 5;
    static final int COUNT = 8;
    static final int END_OF_TRACK = 8;

    final byte[] image;
    private int[] offsets = new int[64];
    private int records;
    private int end;
    private boolean valid;

    CkdTrack(int slot) {
        image = new byte[slot];
    }

    /** Locates the records of the image just read; false when the image is not a well-formed track. */
    boolean index() {
        records = 0;
        int at = HOME_ADDRESS;
        valid = false;
        while (at + COUNT <= image.length) {
            if (isEndMarker(at)) {
                end = at;
                valid = true;
                return true;
            }
            if (records == offsets.length) {
                offsets = Arrays.copyOf(offsets, records * 2);
            }
            offsets[records++] = at;
            at += COUNT + keyLength(records - 1) + dataLength(records - 1);
        }
        return false;
    }

    private boolean isEndMarker(int at) {
        for (int i = 0; i < END_OF_TRACK; i++) {
            if (image[at + i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A freshly formatted track: home address and R0 with 8 bytes of zero data. */
    void format(int cylinder, int head) {
        Arrays.fill(image, (byte) 0);
        putHalf(1, cylinder);
        putHalf(3, head);
        records = 0;
        end = HOME_ADDRESS;
        append(new byte[] {(byte) (cylinder >>> 8), (byte) cylinder, (byte) (head >>> 8), (byte) head, 0, 0, 0, 8},
                new byte[0], 0, new byte[8], 8);
    }

    /** Bytes from the start of the image through the end-of-track marker; the rest of the slot is zero. */
    int usedLength() {
        return end + END_OF_TRACK;
    }

    boolean valid() {
        return valid;
    }

    int records() {
        return records;
    }

    int countOffset(int record) {
        return offsets[record];
    }

    int keyOffset(int record) {
        return offsets[record] + COUNT;
    }

    int dataOffset(int record) {
        return keyOffset(record) + keyLength(record);
    }

    int recordNumber(int record) {
        return image[offsets[record] + 4] & 0xFF;
    }

    int keyLength(int record) {
        return image[offsets[record] + 5] & 0xFF;
    }

    int dataLength(int record) {
        return (image[offsets[record] + 6] & 0xFF) << 8 | image[offsets[record] + 7] & 0xFF;
    }

    /** Drops every record after {@code keep} records; the end marker follows them. */
    void truncate(int keep) {
        records = keep;
        end = keep == 0 ? HOME_ADDRESS : dataOffset(keep - 1) + dataLength(keep - 1);
        Arrays.fill(image, end, image.length, (byte) 0);
        Arrays.fill(image, end, end + END_OF_TRACK, (byte) 0xFF);
    }

    /** Appends a record (count as given) after the last one; false when the track slot has no room. */
    boolean append(byte[] count, byte[] key, int keyLength, byte[] data, int dataLength) {
        int size = COUNT + keyLength + dataLength;
        if (end + size + END_OF_TRACK > image.length) {
            return false;
        }
        if (records == offsets.length) {
            offsets = Arrays.copyOf(offsets, records * 2);
        }
        System.arraycopy(count, 0, image, end, COUNT);
        image[end + 5] = (byte) keyLength;
        image[end + 6] = (byte) (dataLength >>> 8);
        image[end + 7] = (byte) dataLength;
        System.arraycopy(key, 0, image, end + COUNT, keyLength);
        System.arraycopy(data, 0, image, end + COUNT + keyLength, dataLength);
        offsets[records++] = end;
        end += size;
        Arrays.fill(image, end, end + END_OF_TRACK, (byte) 0xFF);
        return true;
    }

    private void putHalf(int at, int value) {
        image[at] = (byte) (value >>> 8);
        image[at + 1] = (byte) value;
    }
}
