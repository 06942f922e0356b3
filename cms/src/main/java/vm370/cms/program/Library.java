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
 * A CMS library file (MACLIB or TXTLIB) in the VM/SP "LIBPDS" form, RECFM F LRECL 80: record 1 is
 * the header (C'LIBPDS', two flag bytes, F directory size in bytes, F record number of the
 * directory, F entry size 16); then each member's 80-byte records followed by an end record that
 * starts X'61FFFF61'; then the directory, five 16-byte entries a record (CL8 name, 3 bytes 0,
 * X'80', F record number of the member's first record). A TXTLIB member may have several names
 * (its control sections and entries), all pointing at its first record.
 */
record Library(List<Member> members) {

    static final int RECORD = 80;
    private static final int ENTRY = 16;
    private static final byte[] IDENT = Ebcdic.CP037.encode("LIBPDS");
    private static final byte[] END = {0x61, (byte) 0xFF, (byte) 0xFF, 0x61};

    /** One member: its names (the first is the member's own) and its 80-byte records. */
    record Member(List<String> names, List<byte[]> records) {
        String name() {
            return names.get(0);
        }
    }

    Library {
        members = List.copyOf(members);
    }

    static Library empty() {
        return new Library(List.of());
    }

    /** The member that has this name, as a member name or an alias. */
    Optional<Member> member(String name) {
        return members.stream().filter(m -> m.names().contains(name)).findFirst();
    }

    /** This library with the members added, replacing members of the same name. */
    Library with(List<Member> added) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            if (added.stream().noneMatch(a -> a.name().equals(m.name()))) {
                out.add(m);
            }
        }
        out.addAll(added);
        return new Library(out);
    }

    /** This library without the named members. */
    Library without(List<String> names) {
        return new Library(members.stream().filter(m -> !names.contains(m.name())).toList());
    }

    /** The file's records. */
    List<byte[]> encode() {
        List<byte[]> records = new ArrayList<>();
        records.add(new byte[RECORD]);
        Map<String, Integer> directory = new LinkedHashMap<>();
        for (Member m : members) {
            int first = records.size() + 1;
            for (String name : m.names()) {
                directory.putIfAbsent(name, first);
            }
            for (byte[] r : m.records()) {
                records.add(Arrays.copyOf(r, RECORD));
            }
            byte[] end = new byte[RECORD];
            Arrays.fill(end, Ebcdic.SPACE);
            System.arraycopy(END, 0, end, 0, END.length);
            records.add(end);
        }
        int directoryRecord = records.size() + 1;
        byte[] block = null;
        int at = RECORD;
        for (Map.Entry<String, Integer> e : directory.entrySet()) {
            if (at + ENTRY > RECORD) {
                block = new byte[RECORD];
                records.add(block);
                at = 0;
            }
            System.arraycopy(Ebcdic.CP037.encodePadded(e.getKey(), 8), 0, block, at, 8);
            block[at + 11] = (byte) 0x80;
            BigEndian.putWord(block, at + 12, e.getValue());
            at += ENTRY;
        }
        byte[] header = records.get(0);
        System.arraycopy(IDENT, 0, header, 0, IDENT.length);
        BigEndian.putWord(header, 8, directory.size() * ENTRY);
        BigEndian.putWord(header, 12, directoryRecord);
        BigEndian.putWord(header, 16, ENTRY);
        return records;
    }

    /** Reads a library's records; empty when they are not a LIBPDS library or its directory is damaged. */
    static Optional<Library> decode(List<byte[]> records) {
        if (records.isEmpty() || records.get(0).length < 20 || !Arrays.equals(records.get(0), 0, 6, IDENT, 0, 6)) {
            return Optional.empty();
        }
        byte[] header = records.get(0);
        int size = BigEndian.word(header, 8);
        int directoryRecord = BigEndian.word(header, 12);
        int entries = size / ENTRY;
        if (size < 0 || directoryRecord < 2 || directoryRecord - 1 + (entries + 4) / 5 > records.size()) {
            return Optional.empty();
        }
        Map<Integer, List<String>> namesByRecord = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            byte[] block = records.get(directoryRecord - 1 + i / 5);
            int at = i % 5 * ENTRY;
            if (block.length < at + ENTRY) {
                return Optional.empty();
            }
            String name = Ebcdic.CP037.decode(block, at, 8).stripTrailing();
            int first = BigEndian.word(block, at + 12);
            if (first < 2 || first >= directoryRecord) {
                return Optional.empty();
            }
            namesByRecord.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
        }
        List<Member> members = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : namesByRecord.entrySet()) {
            List<byte[]> body = new ArrayList<>();
            for (int r = e.getKey() - 1; r < directoryRecord - 1 && !isEnd(records.get(r)); r++) {
                body.add(records.get(r));
            }
            members.add(new Member(List.copyOf(e.getValue()), body));
        }
        return Optional.of(new Library(members));
    }

    /** A member's records as source lines (EBCDIC, trailing blanks removed). */
    static List<String> lines(Member member) {
        return member.records().stream().map(r -> Ebcdic.CP037.decode(r).stripTrailing()).toList();
    }

    /** Source lines as 80-byte card images. */
    static List<byte[]> cards(List<String> lines) {
        return lines.stream().map(l -> Ebcdic.CP037.encodePadded(l.length() > RECORD ? l.substring(0, RECORD) : l, RECORD))
                .toList();
    }

    private static boolean isEnd(byte[] record) {
        return record.length >= 4 && Arrays.equals(record, 0, 4, END, 0, 4);
    }
}
