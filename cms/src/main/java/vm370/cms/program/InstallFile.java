package vm370.cms.program;

import java.util.List;
import vm370.cms.fs.FileId;
import vm370.cms.fs.RecordFormat;
import vm370.s370.text.Ebcdic;

/**
 * A CMS file as an installation puts it on a disk: its id (with mode number), record format,
 * record length (for RECFM F; V takes the longest record) and its records in EBCDIC.
 */
public record InstallFile(FileId id, RecordFormat format, int lrecl, List<byte[]> records) {

    public InstallFile {
        records = List.copyOf(records);
    }

    /** A text file from host lines: RECFM F 80 (cards: ASSEMBLE, MACRO) or V (EXEC, text). */
    public static InstallFile text(FileId id, RecordFormat format, List<String> lines) {
        List<byte[]> records = lines.stream()
                .map(line -> format == RecordFormat.F ? Ebcdic.CP037.encodePadded(line, Library.RECORD)
                        : Ebcdic.CP037.encode(line.isEmpty() ? " " : line))
                .toList();
        return new InstallFile(id, format, format == RecordFormat.F ? Library.RECORD : 0, records);
    }
}
