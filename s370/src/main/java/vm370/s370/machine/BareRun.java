package vm370.s370.machine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import vm370.s370.device.console.Console3215;
import vm370.s370.device.unitrecord.CardDeck;
import vm370.s370.device.unitrecord.CardReader;
import vm370.s370.ipl.InitialProgramLoad;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.Clock;

/**
 * {@code vm370 s370 run}: a bare S/370 with a 3215 console at 009 on the host's standard streams
 * and a card reader at 00C, loaded from files or IPLed from a deck, run to a disabled wait or an
 * instruction limit. Bad options come back as {@link IllegalArgumentException} with a clear message.
 */
public final class BareRun {

    public static final int CONSOLE = 0x009;
    public static final int READER = 0x00C;

    /** A file to copy into storage at an address: {@code FILE@HEXADDR}. */
    public record Load(Path file, int address) {
        public static Load parse(String text) {
            int at = text.lastIndexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("--load " + text + ": expected FILE@HEXADDR");
            }
            return new Load(Path.of(text.substring(0, at)), hex(text.substring(at + 1), "--load " + text));
        }
    }

    /** Storage to show after the run: {@code HEXADDR:LEN}, the length in decimal. */
    public record Dump(int address, int length) {
        public static Dump parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--dump " + text + ": expected HEXADDR:LEN");
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--dump " + text + ": the length is not a decimal number");
            }
            if (length <= 0) {
                throw new IllegalArgumentException("--dump " + text + ": the length must be positive");
            }
            return new Dump(hex(text.substring(0, colon), "--dump " + text), length);
        }
    }

    /** What to run and what to show. */
    public record Options(int storageSize, List<Load> loads, OptionalLong psw, Path iplDeck, CardDeck.Format deckFormat,
                          long maxInstructions, List<Dump> dumps) {
        public Options {
            loads = List.copyOf(loads);
            dumps = List.copyOf(dumps);
            if (maxInstructions <= 0) {
                throw new IllegalArgumentException("--max-instructions " + maxInstructions + ": must be positive");
            }
            if (psw.isEmpty() && iplDeck == null) {
                throw new IllegalArgumentException("nothing to run: give --psw or --ipl");
            }
        }
    }

    private BareRun() {
    }

    /** Storage sizes as {@code 16M}, {@code 512K} or a byte count; a multiple of 4K up to 16M. */
    public static int parseStorageSize(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = t.endsWith("M") ? 1 << 20 : t.endsWith("K") ? 1 << 10 : 1;
        try {
            long size = Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
            if (size <= 0 || size > 1 << 24 || size % 4096 != 0) {
                throw new IllegalArgumentException("--storage " + text + ": expected a multiple of 4K up to 16M");
            }
            return (int) size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--storage " + text + ": expected a size such as 16M or 512K");
        }
    }

    /** A PSW as 16 hex digits. */
    public static long parsePsw(String text) {
        if (!text.matches("[0-9A-Fa-f]{16}")) {
            throw new IllegalArgumentException("--psw " + text + ": expected 16 hex digits");
        }
        return Long.parseUnsignedLong(text, 16);
    }

    private static int hex(String text, String what) {
        try {
            int value = Integer.parseInt(text, 16);
            if (value < 0 || value > 0xFFFFFF) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a hex address below 1000000");
        }
    }

    /**
     * Runs the program with the TOD clock on {@code clock}; console output goes to {@code consoleOut}, console input comes from
     * {@code consoleIn}. A load that fails (the deck, a file, the IPL) is an {@link IOException}.
     */
    public static RunResult run(Options options, Clock clock, InputStream consoleIn, Appendable consoleOut) throws IOException {
        List<byte[]> cards = options.iplDeck() == null ? List.of()
                : CardDeck.cards(Files.readAllBytes(options.iplDeck()), options.deckFormat(), Ebcdic.CP037, false);
        List<DeviceConfig> devices = List.of(new DeviceConfig.Console(CONSOLE, consoleOut),
                new DeviceConfig.Reader(READER, cards, CardReader.AtEnd.UNIT_EXCEPTION));
        try (Machine machine = new Machine(options.storageSize(), 1, clock, devices)) {
            for (Load load : options.loads()) {
                machine.load(Files.readAllBytes(load.file()), load.address());
            }
            if (options.iplDeck() != null) {
                if (machine.ipl(READER) instanceof InitialProgramLoad.Outcome.Failed f) {
                    throw new IOException("IPL from " + options.iplDeck() + " failed: " + f.reason());
                }
            } else {
                machine.cpu().loadPsw(options.psw().getAsLong());
            }
            connectKeyboard(machine, consoleIn);
            Map<Integer, Integer> dumps = new LinkedHashMap<>();
            options.dumps().forEach(d -> dumps.put(d.address(), d.length()));
            return machine.run(options.maxInstructions(), dumps);
        }
    }

    /** Lines typed on the host go to the console on the CPU's thread; end of input ends pending reads. */
    private static void connectKeyboard(Machine machine, InputStream in) {
        Console3215 console = (Console3215) machine.device(CONSOLE);
        Thread.ofVirtual().name("console-009").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String typed = line;
                    machine.cpu().post(() -> console.offerLine(typed));
                }
            } catch (IOException e) {
                // The keyboard is gone: treat it as the end of input.
            }
            machine.cpu().post(console::endOfInput);
        });
    }
}
