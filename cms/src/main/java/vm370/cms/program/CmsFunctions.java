package vm370.cms.program;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vm370.s370.text.Ebcdic;

/**
 * SVC 202 dispatch: the CMS function named in the parameter list at R1 (file system, console,
 * unit record, LINEDIT), or else the command of that name through the command processor with the
 * tokenized or extended parameter list. Returns the value for R15.
 * @vm370 DMSFNC
 */
final class CmsFunctions {

    /** R15 when R1 does not address a parameter list. */
    static final int RC_BAD_PLIST = -3;
    private static final int UNIT_RECORD_EOF = 1;
    private static final int LINE_LIMIT = 130;

    private final ProgramHost host;
    private final GuestMemory memory;
    private final FileFunctions files;
    private final int fstArea;
    /** The running program's free storage; replaced for each program CMS starts. */
    private FreeStorage freeStorage = new FreeStorage(0, 0);

    CmsFunctions(ProgramHost host, GuestMemory memory, CmsFiles cmsFiles, int fstArea) {
        this.host = host;
        this.memory = memory;
        this.files = new FileFunctions(host, cmsFiles, memory);
        this.fstArea = fstArea;
    }

    FileFunctions files() {
        return files;
    }

    /** A program starts: the free storage between its end and the end of storage is all free again. */
    void programStarted(int programEnd) {
        freeStorage = new FreeStorage(programEnd, memory.machine().storageSize());
    }

    /** Serves one SVC 202 with the caller's R0 and R1; the caller's other registers may be set as results. */
    int call(int r0, int r1) {
        int plist = r1 & 0xFFFFFF;
        if (!memory.inside(plist, 8)) {
            return RC_BAD_PLIST;
        }
        String name = memory.text(plist, 8).toUpperCase(Locale.ROOT);
        Optional<CmsFunction> function = CmsFunction.named(name);
        if (function.isEmpty() || ((function.get() == CmsFunction.ERASE || function.get() == CmsFunction.STATE)
                && memory.text(plist + 8, 16).contains("*"))) {
            return host.command(Plist.read(memory, r0, r1).commandLine());
        }
        if (!memory.inside(plist, FileFunctions.FSCB_LENGTH)) {
            return RC_BAD_PLIST;
        }
        return switch (function.get()) {
            case TYPLIN -> typeLine(plist);
            case WAITRD -> readLine(plist);
            case ATTN -> stack(plist);
            case DMSFREE -> allocate(plist);
            case DMSFRET -> release(plist);
            case WAITT -> 0;
            case RDBUF -> files.read(plist);
            case WRBUF -> files.write(plist);
            case FINIS -> files.finis(plist);
            case STATE -> files.state(plist, fstArea);
            case ERASE -> files.erase(plist);
            case FSOPEN -> files.fsopen(plist);
            case LINEDIT -> {
                host.type(LineEdit.edit(memory, plist));
                yield 0;
            }
            case PRINTR -> print(plist);
            case CARDPH -> punch(plist);
            case CARDRD -> readCard(plist);
        };
    }

    private int typeLine(int plist) {
        int text = memory.word(plist + 8) & 0xFFFFFF;
        int length = Math.min(memory.word(plist + 12) & 0xFFFFFF, LINE_LIMIT);
        if (!memory.inside(text, length)) {
            return 2;
        }
        host.type(Ebcdic.CP037.decode(memory.bytes(text, length)));
        return 0;
    }

    private int stack(int plist) {
        boolean lifo = memory.text(plist + 8, 4).equals("LIFO");
        int line = memory.word(plist + 12) & 0xFFFFFF;
        int length = memory.byteAt(plist + 12);
        if (!memory.inside(line, length)) {
            return 2;
        }
        host.stack(Ebcdic.CP037.decode(memory.bytes(line, length)), !lifo);
        return 0;
    }

    private int allocate(int plist) {
        int doublewords = memory.word(plist + 8);
        int address = freeStorage.allocate(doublewords);
        if (address < 0) {
            return 1;
        }
        memory.machine().setGpr(0, doublewords);
        memory.machine().setGpr(1, address);
        return 0;
    }

    private int release(int plist) {
        return freeStorage.release(memory.word(plist + 12) & 0xFFFFFF, memory.word(plist + 8)) ? 0 : 5;
    }

    private int readLine(int plist) {
        int buffer = memory.word(plist + 8) & 0xFFFFFF;
        boolean upper = memory.byteAt(plist + 12) == 0xE4;
        int size = memory.word(plist + 12) & 0xFFFFFF;
        if (size == 0 || size > LINE_LIMIT) {
            size = LINE_LIMIT;
        }
        if (!memory.inside(buffer, size)) {
            return 2;
        }
        String line = host.read();
        if (upper) {
            line = line.toUpperCase(Locale.ROOT).stripTrailing();
        }
        byte[] bytes = Ebcdic.CP037.encode(line.length() > size ? line.substring(0, size) : line);
        memory.put(buffer, bytes);
        memory.machine().setGpr(0, bytes.length);
        return 0;
    }

    private int print(int plist) {
        int line = memory.word(plist + 8) & 0xFFFFFF;
        boolean asa = (memory.byteAt(plist + 12) & 0x80) != 0;
        int length = Math.min(memory.word(plist + 12) & 0xFFFFFF, 151);
        if (!memory.inside(line, length)) {
            return 2;
        }
        return host.print(memory.bytes(line, length), asa);
    }

    private int punch(int plist) {
        int card = memory.word(plist + 8) & 0xFFFFFF;
        if (!memory.inside(card, 80)) {
            return 2;
        }
        return host.punch(memory.bytes(card, 80));
    }

    private int readCard(int plist) {
        int buffer = memory.word(plist + 8) & 0xFFFFFF;
        int size = Math.min(memory.word(plist + 12), 80);
        if (size <= 0 || !memory.inside(buffer, size)) {
            return 2;
        }
        Optional<byte[]> card = host.readCard();
        if (card.isEmpty()) {
            memory.machine().setGpr(0, 0);
            return UNIT_RECORD_EOF;
        }
        byte[] data = Arrays.copyOf(card.get(), size);
        memory.put(buffer, data);
        memory.machine().setGpr(0, Math.min(size, card.get().length));
        return 0;
    }
}
