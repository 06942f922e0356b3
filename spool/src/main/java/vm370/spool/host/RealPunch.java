package vm370.spool.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vm370.s370.text.Ebcdic;
import vm370.spool.file.DeviceType;
import vm370.spool.file.FileRecords;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * A real 2540/3525 punch: each punch file becomes a deck file of 80-byte EBCDIC cards (Hercules'
 * default punch format), short cards padded with blanks, copies one after another. @vm370 DMKPRT
 */
public final class RealPunch extends RealOutputDevice {

    public RealPunch(int address, SpoolManager manager, Path outputFolder, Consumer<String> operator) {
        super(address, DeviceType.PUN, SpoolQueue.PUNCH, manager, outputFolder, operator);
    }

    @Override
    List<Path> output(SpoolFile file, Path folder, String baseName) throws IOException {
        ByteArrayOutputStream deck = new ByteArrayOutputStream(file.records() * 80);
        byte[] card = new byte[80];
        FileRecords.scan(manager().store(), file.spoolId(), (operation, data) -> {
            Arrays.fill(card, Ebcdic.SPACE);
            System.arraycopy(data, 0, card, 0, Math.min(80, data.length));
            deck.writeBytes(card);
        });
        byte[] one = deck.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * file.copies());
        for (int copy = 0; copy < file.copies(); copy++) {
            all.writeBytes(one);
        }
        return List.of(writeAtomically(folder.resolve(baseName + ".deck"), all.toByteArray()));
    }
}
