package vm370.system.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vm370.cp.config.SystemConfig;
import vm370.cp.config.SystemConfig.RealUnitRecord;
import vm370.cp.vm.ConsoleOutput;
import vm370.spool.SpoolSystem;
import vm370.spool.host.DeckFormat;
import vm370.spool.host.RealCardReader;
import vm370.spool.host.RealOutputDevice;
import vm370.spool.host.RealPrinter;
import vm370.spool.host.RealPunch;

/**
 * The real card readers, printers and punches of the configuration, built on the host folders and
 * sockets it names and started at IPL (printers and punches on their configured classes), as the
 * spooling operator would start them. Closing stops the readers' hopper watches and sockets.
 */
final class RealUnitRecords implements AutoCloseable {

    /** How often a hopper folder is looked at for new decks. */
    private static final Duration HOPPER_POLL = Duration.ofMillis(500);

    private final List<RealCardReader> readers;

    private RealUnitRecords(List<RealCardReader> readers) {
        this.readers = readers;
    }

    /**
     * Builds and starts the devices. A deck read goes to the operator's reader unless its ID card
     * names a user; a device whose folder or port cannot be used is reported to the operator and
     * left out, and the rest of the system comes up. Folders not configured default to
     * {@code hopper-raddr}, {@code printer} and {@code punch} in the state folder.
     */
    static RealUnitRecords start(SystemConfig config, Path var, SpoolSystem spool, Predicate<String> userExists,
                                 ConsoleOutput operator) {
        List<RealCardReader> readers = new ArrayList<>();
        for (RealUnitRecord device : config.unitRecord()) {
            switch (device.kind()) {
                case READER -> {
                    Path hopper = device.folder().orElse(var.resolve(String.format("hopper-%03X", device.address())));
                    RealCardReader reader = new RealCardReader(device.address(), spool.manager(), userExists,
                            config.operator(), hopper, hopper.resolve("rejected"), operator::line);
                    try {
                        if (device.socketPort().isPresent()) {
                            reader.listen(device.socketPort().get(), DeckFormat.AUTO);
                        }
                        if (device.folder().isPresent() || device.socketPort().isEmpty()) {
                            reader.watch(HOPPER_POLL);
                        }
                        spool.realDevices().add(reader);
                        readers.add(reader);
                    } catch (Exception e) {
                        operator.line(String.format("RDR %03X NOT READY: %s", device.address(), e.getMessage()));
                        closeQuietly(reader);
                    }
                }
                case PRINTER, PUNCH -> {
                    boolean printer = device.kind() == RealUnitRecord.Kind.PRINTER;
                    Path folder = device.folder().orElse(var.resolve(printer ? "printer" : "punch"));
                    RealOutputDevice output = printer
                            ? new RealPrinter(device.address(), spool.manager(), folder, operator::line)
                            : new RealPunch(device.address(), spool.manager(), folder, operator::line);
                    output.start(device.classes(), null);
                    spool.realDevices().add(output);
                }
            }
        }
        spool.wakeDevices();
        return new RealUnitRecords(List.copyOf(readers));
    }

    private static void closeQuietly(RealCardReader reader) {
        try {
            reader.close();
        } catch (Exception ignored) {
            // A reader that did not start has nothing to stop; one that did is stopping anyway.
        }
    }

    @Override
    public void close() {
        readers.forEach(RealUnitRecords::closeQuietly);
    }
}
