package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.RecordFormat;

/**
 * Reads the open reader file to its end and writes the CMS files its cards hold, as READCARD and
 * RECEIVE do: a {@code :READ fn ft fm} card starts a file (unless the command named the file, when
 * such cards are dropped); data before any {@code :READ} card goes to the named file, the fallback
 * name, or READCARD CMSUT1 A1. Files are RECFM F LRECL 80.
 * @vm370 DMSRDC
 */
final class DeckReader {

    private final CmsSession cms;
    private final String module;
    private final String target;
    private final String fallback;
    private final boolean showControlCards;
    private final List<String> written = new ArrayList<>();
    private String current;
    private final List<String> lines = new ArrayList<>();
    private boolean odd;

    DeckReader(CmsSession cms, String module, String target, String fallback, boolean showControlCards) {
        this.cms = cms;
        this.module = module;
        this.target = target;
        this.fallback = fallback;
        this.showControlCards = showControlCards;
    }

    /** The files written, as {@code fn ft fm}. */
    List<String> written() {
        return written;
    }

    int read() {
        UnitRecord units = cms.unitRecord();
        byte[] record = new byte[256];
        int records = 0;
        while (true) {
            int n = units.readRecord(record);
            if (n < 0) {
                break;
            }
            records++;
            String text = Supervisor.EBCDIC.decode(record, 0, Math.min(n, record.length));
            if (text.startsWith(":READ")) {
                int rc = controlCard(text);
                if (rc != 0) {
                    return rc;
                }
                continue;
            }
            if (n != UnitRecord.CARD && !odd) {
                odd = true;
                cms.console().message(module + "738I RECORD LENGTH IS " + n + " BYTES");
            }
            if (current == null) {
                start(target != null ? target : fallback);
            }
            lines.add(text.stripTrailing());
        }
        if (records == 0) {
            cms.console().message(module + "701I NULL FILE");
            return 0;
        }
        return finish();
    }

    private int controlCard(String card) {
        if (showControlCards) {
            cms.console().message(module + "702I " + card.stripTrailing());
        }
        if (target != null) {
            return 0;
        }
        int rc = finish();
        String[] words = card.substring(5).strip().split("\\s+");
        current = words.length >= 2 ? words[0] + " " + words[1] + " " + (words.length > 2 ? words[2] : "A1") : null;
        return rc;
    }

    private void start(String name) {
        if (name == null) {
            cms.console().message(module + "702I READ CONTROL CARD MISSING. FOLLOWING ASSUMED:");
            cms.console().message(module + "702I :READ READCARD CMSUT1 A1");
            current = "READCARD CMSUT1 A1";
        } else {
            current = name;
        }
    }

    /** Writes the file being collected, if any. */
    private int finish() {
        if (current == null) {
            return 0;
        }
        String[] p = current.toUpperCase(Locale.ROOT).split("\\s+");
        String mode = p.length > 2 ? p[2] : "A1";
        current = null;
        CmsResult<AccessedDisk> disk = FileIo.writableDisk(cms, module, mode);
        if (!(disk instanceof CmsResult.Done<AccessedDisk>(AccessedDisk target))) {
            lines.clear();
            return cms.fail(disk.failure());
        }
        Optional<FileId> id = p.length >= 2 ? FileId.parse(p[0], p[1], FileIo.modeNumber(mode, 1)) : Optional.empty();
        if (id.isEmpty()) {
            lines.clear();
            return cms.fail(24, module + "070E INVALID PARAMETER '" + String.join(" ", p) + "'");
        }
        FsCode code = FileIo.writeLines(target, id.get(), RecordFormat.F, UnitRecord.CARD, List.copyOf(lines));
        lines.clear();
        String fileId = id.get().fileName() + " " + id.get().fileType() + " " + target.mode() + id.get().modeNumber();
        if (code != FsCode.OK) {
            return cms.fail(code.commandReturnCode(), FileIo.writeError(module, code, fileId, target.mode()));
        }
        written.add(fileId);
        return 0;
    }
}
