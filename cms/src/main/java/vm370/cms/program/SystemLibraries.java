package vm370.cms.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;
import java.time.Clock;
import vm370.cms.fs.BlockDevice;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;

/**
 * The libraries CMS ships on its system disk: CMSLIB MACLIB, the CMS macros (WRTERM, RDTERM,
 * LINEDIT, FSREAD, FSWRITE, ...) under their real names, kept as source in this module's resources.
 * The boot calls {@link #prepareSystemDisk} (or {@link #install}) for the S-disk (MAINT 190).
 */
public final class SystemLibraries {

    private static final String FOLDER = "cmslib/";

    private SystemLibraries() {
    }

    /**
     * Makes a block device the system disk the boot wants: formatted (label {@code volser}) when it
     * holds no CMS disk yet, and given CMSLIB MACLIB when it has none. Returns the outcome.
     */
    public static FsCode prepareSystemDisk(BlockDevice device, String volser, Clock clock) {
        FsResult<CmsDisk> accessed = CmsDisk.access(device, 'S', false, clock);
        if (accessed.code() == FsCode.NOT_FORMATTED) {
            accessed = CmsDisk.format(device, volser, 0, 'S', clock);
        }
        if (!(accessed instanceof FsResult.Done<CmsDisk> done)) {
            return accessed.code();
        }
        return done.value().state("CMSLIB", "MACLIB").isPresent() ? FsCode.OK : install(done.value());
    }

    /** Writes {@code CMSLIB MACLIB S2} on the disk (replacing an older one). */
    public static FsCode install(CmsDisk systemDisk) {
        InstallFile file = cmslibFile();
        return CmsFiles.write(systemDisk, file.id(), file.format(), file.lrecl(), file.records());
    }

    /** {@code CMSLIB MACLIB} (mode number 2) as a file to install. */
    public static InstallFile cmslibFile() {
        return new InstallFile(new FileId("CMSLIB", "MACLIB", 2), RecordFormat.F, Library.RECORD, cmslib().encode());
    }

    /** A macro library file made of source members: each member's name and its lines (MACRO ... MEND). */
    public static InstallFile macroLibrary(FileId id, SequencedMap<String, List<String>> members) {
        List<Library.Member> list = new ArrayList<>();
        members.forEach((name, lines) -> list.add(new Library.Member(List.of(name), Library.cards(lines))));
        return new InstallFile(id, RecordFormat.F, Library.RECORD, new Library(list).encode());
    }

    /** The CMSLIB macros, one member each. */
    static Library cmslib() {
        List<Library.Member> members = new ArrayList<>();
        for (String name : resource("cmslib.members")) {
            if (!name.isBlank()) {
                members.add(new Library.Member(List.of(name.strip()), Library.cards(resource(FOLDER + name.strip() + ".macro"))));
            }
        }
        return new Library(members);
    }

    private static List<String> resource(String name) {
        try (InputStream in = SystemLibraries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of vm370.cms.program");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
