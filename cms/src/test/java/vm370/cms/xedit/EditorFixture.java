package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.s370.text.Ebcdic;

/** A CMS A-disk in memory and an editor on it: files written and read back through the real file system. */
final class EditorFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:15:42Z"), ZoneOffset.UTC);

    final CmsDisk disk;
    final Editor editor;

    EditorFixture() {
        this(4000, EditorHost.NONE);
    }

    EditorFixture(int blocks, EditorHost host) {
        disk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 4096, blocks), "XEDIT1", 0, 'A', CLOCK).orElseThrow();
        editor = new Editor(new DiskFileStore(Map.of('A', disk)), host);
    }

    /** Writes a file on the A-disk. */
    void file(String name, String type, RecordFormat format, int lrecl, List<String> lines) {
        RecordWriter w = disk.openWriter(FileId.of(name, type), format, lrecl, WriteMode.REPLACE).orElseThrow();
        for (String line : lines) {
            byte[] b = format == RecordFormat.F ? Ebcdic.CP037.encodePadded(line, lrecl) : Ebcdic.CP037.encode(line);
            assertEquals(FsCode.OK, w.write(b, 0, b.length));
        }
        assertEquals(FsCode.OK, w.close());
    }

    /** Opens a file of lines ("LINE 1".."LINE n" unless given) in the editor. */
    Editor edit(String lines) {
        file("TEST", "DATA", RecordFormat.V, 80, List.of(lines.split("\n")));
        assertEquals(0, editor.edit("TEST DATA A"));
        return editor;
    }

    /** The records of a file on the disk, trailing blanks removed. */
    List<String> onDisk(String name, String type) {
        RecordReader r = disk.openReader(name, type).orElseThrow();
        FileStatus s = r.status();
        byte[] buffer = new byte[Math.max(1, s.lrecl())];
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= s.records(); n++) {
            assertEquals(FsCode.OK, r.read(buffer));
            out.add(Ebcdic.CP037.decode(buffer, 0, r.length()).stripTrailing());
        }
        return out;
    }

    FileStatus status(String name, String type) {
        return disk.state(name, type).orElseThrow();
    }

    /** The current file's lines. */
    List<String> lines() {
        return editor.file().texts();
    }

    /** Runs subcommands one after another, returning the last return code. */
    int run(String... commands) {
        int rc = 0;
        for (String c : commands) {
            rc = editor.execute(c);
        }
        return rc;
    }
}
