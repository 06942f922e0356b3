package vm370.spool.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vm370.s370.text.Ebcdic;
import vm370.spool.file.DeviceType;
import vm370.spool.file.FileRecords;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * A real 1403/3211 printer: each print file becomes a text file (Hercules' printer format) and a PDF
 * on green-bar paper, with its carriage control honoured on the loaded forms control buffer (LOADBUF),
 * its copies printed one after another, after a separator form when started with SEP.
 * @vm370 DMKPRT
 */
public final class RealPrinter extends RealOutputDevice {

    private FormsControlBuffer fcb = FormsControlBuffer.STANDARD;

    public RealPrinter(int address, SpoolManager manager, Path outputFolder, Consumer<String> operator) {
        super(address, DeviceType.PRT, SpoolQueue.PRINTER, manager, outputFolder, operator);
    }

    @Override
    List<Path> output(SpoolFile file, Path folder, String baseName) throws IOException {
        PrintLayout layout = new PrintLayout(Ebcdic.CP037, fcb);
        FileRecords.scan(manager().store(), file.spoolId(), layout::record);
        List<PrintLayout.Page> once = layout.pages();
        List<PrintLayout.Page> pages = new ArrayList<>(once.size() * file.copies() + 1);
        if (separator()) {
            pages.add(SeparatorPage.page(file, manager().now(), fcb));
        }
        for (int copy = 0; copy < file.copies(); copy++) {
            pages.addAll(once);
        }
        Path text = writeAtomically(folder.resolve(baseName + ".txt"),
                PrintLayout.text(pages).getBytes(StandardCharsets.UTF_8));
        Path pdf = writeAtomically(folder.resolve(baseName + ".pdf"), GreenBarPdf.render(pages));
        return List.of(text, pdf);
    }

    /** LOADBUF raddr FCB: the forms the next files are laid out on. */
    public synchronized void loadFcb(FormsControlBuffer image) {
        fcb = image;
    }

    public synchronized FormsControlBuffer fcb() {
        return fcb;
    }
}
