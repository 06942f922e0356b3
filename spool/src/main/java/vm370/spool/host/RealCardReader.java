package vm370.spool.host;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.io.filefilter.FileFilterUtils;
import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationMonitor;
import org.apache.commons.io.monitor.FileAlterationObserver;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.file.DeviceType;
import vm370.spool.file.RecordBlock;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolAccount;
import vm370.spool.queue.SpoolManager;

/**
 * A real card reader fed from a hopper folder (watched with Commons IO; producers write NAME.tmp and
 * rename it) and from a TCP socket (one deck per connection, as Hercules' socket readers). A deck whose
 * first card is {@code ID userid} goes to that user's reader, any other to the default user's (the
 * operator's). A deck that cannot be read moves to the rejected folder with a NAME.reason file beside
 * it. A deck is deleted from the hopper only after its spool file is committed. @vm370 DMKRDR
 */
public final class RealCardReader implements RealUnitRecordDevice, AutoCloseable {

    private static final int MAX_SOCKET_DECK = 16 * 1024 * 1024;

    /** What became of one deck. */
    public sealed interface DeckResult {
        record Spooled(SpoolFile file) implements DeckResult {}
        record Rejected(String reason) implements DeckResult {}
        /** The spool is full or the reader drained: the deck waits in the hopper. */
        record Waiting(String reason) implements DeckResult {}
    }

    private final int address;
    private final SpoolManager manager;
    private final Predicate<String> userExists;
    private final String defaultUser;
    private final Path hopper;
    private final Path rejected;
    private final Consumer<String> operator;
    private final Ebcdic codePage = Ebcdic.CP037;
    private final DeckDecoder decoder = new DeckDecoder(Ebcdic.CP037);
    private boolean started = true;
    private FileAlterationMonitor monitor;
    private ServerSocket server;
    private int socketDecks;

    public RealCardReader(int address, SpoolManager manager, Predicate<String> userExists, String defaultUser,
                          Path hopper, Path rejected, Consumer<String> operator) {
        this.address = address;
        this.manager = manager;
        this.userExists = userExists;
        this.defaultUser = defaultUser;
        this.hopper = hopper;
        this.rejected = rejected;
        this.operator = operator;
    }

    /** Reads one deck into the spool; {@code name} gives the file its name and type (NAME.TYPE). */
    public synchronized DeckResult read(String name, byte[] deck, DeckFormat format) {
        if (!started) {
            return new DeckResult.Waiting("READER DRAINED");
        }
        DeckDecoder.Decoded decoded = decoder.decode(deck, format);
        if (decoded instanceof DeckDecoder.Decoded.Unreadable unreadable) {
            return new DeckResult.Rejected(unreadable.reason());
        }
        List<byte[]> cards = ((DeckDecoder.Decoded.Cards) decoded).cards();
        String user = defaultUser;
        String first = codePage.decode(cards.getFirst()).strip();
        String[] words = first.split(" +");
        if (words[0].equals("ID")) {
            if (words.length < 2 || words[1].length() > 8) {
                return new DeckResult.Rejected("INVALID ID CARD: " + first);
            }
            user = words[1].toUpperCase(Locale.ROOT);
            if (!userExists.test(user)) {
                return new DeckResult.Rejected("ID CARD USERID " + user + " NOT IN CP DIRECTORY");
            }
            cards = cards.subList(1, cards.size());
            if (cards.isEmpty()) {
                return new DeckResult.Rejected("EMPTY DECK AFTER ID CARD");
            }
        }
        return spool(user, name, cards);
    }

    private DeckResult spool(String user, String name, List<byte[]> cards) {
        SpoolAccount account = manager.account(user);
        int id = manager.allocateId(account);
        if (id == 0) {
            return new DeckResult.Waiting("SPOOL FULL");
        }
        List<byte[]> blocks = new ArrayList<>();
        RecordBlock block = new RecordBlock();
        int charged = 0;
        for (byte[] card : cards) {
            if (manager.chargeRecord(account) != null) {
                manager.abandonOpenFile(id, account, charged);
                return new DeckResult.Waiting("SPOOL SPACE FULL");
            }
            charged++;
            if (block.full(card.length)) {
                blocks.add(block.toBytes());
                block.clear();
            }
            block.add(UnitRecordCommand.READ_STACKER_1.code(), card, 0, card.length);
        }
        blocks.add(block.toBytes());
        String[] parts = name.toUpperCase(Locale.ROOT).split("\\.", 2);
        SpoolFile draft = new SpoolFile(id, user, "SYSTEM", SpoolQueue.READER, DeviceType.RDR, 'A', "STANDARD", "",
                word(parts[0]), parts.length > 1 ? word(parts[1]) : "", cards.size(), 1, false, false, false, false,
                "", manager.now(), 0);
        SpoolFile file = manager.createFile(draft, blocks);
        operator.accept(String.format("RDR %03X INPUT FOR %-8s FILE = %04d", address, user, id));
        return new DeckResult.Spooled(file);
    }

    private static String word(String text) {
        String cleaned = text.replaceAll("[^A-Z0-9@#$_+-]", "");
        return cleaned.length() > 8 ? cleaned.substring(0, 8) : cleaned;
    }

    /** Reads every deck waiting in the hopper, oldest name first; returns how many were spooled. */
    public int processHopper() {
        List<Path> decks;
        try (Stream<Path> listing = Files.list(hopper)) {
            decks = listing.filter(RealCardReader::isDeck).sorted().toList();
        } catch (IOException e) {
            operator.accept(String.format("RDR %03X HOPPER UNREADABLE: %s", address, e.getMessage()));
            return 0;
        }
        int spooled = 0;
        for (Path deck : decks) {
            try {
                DeckResult result = read(deck.getFileName().toString(), Files.readAllBytes(deck), DeckFormat.AUTO);
                switch (result) {
                    case DeckResult.Spooled ignored -> {
                        Files.deleteIfExists(deck);
                        spooled++;
                    }
                    case DeckResult.Rejected rejection -> reject(deck, rejection.reason());
                    case DeckResult.Waiting ignored -> {
                        return spooled;
                    }
                }
            } catch (IOException e) {
                operator.accept(String.format("RDR %03X DECK %s UNREADABLE: %s", address, deck.getFileName(), e.getMessage()));
            }
        }
        return spooled;
    }

    private static boolean isDeck(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && !name.startsWith(".") && !name.endsWith(".tmp");
    }

    private void reject(Path deck, String reason) throws IOException {
        Files.createDirectories(rejected);
        Path target = rejected.resolve(deck.getFileName());
        Files.move(deck, target, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(rejected.resolve(deck.getFileName() + ".reason"), reason + "\n", StandardCharsets.UTF_8);
        operator.accept(String.format("RDR %03X DECK %s REJECTED: %s", address, deck.getFileName(), reason));
    }

    /** Watches the hopper (polling every {@code interval}) and reads decks as they arrive, and those already there. */
    public synchronized void watch(Duration interval) throws Exception {
        Files.createDirectories(hopper);
        FileAlterationObserver observer = FileAlterationObserver.builder().setFile(hopper.toFile())
                .setFileFilter(FileFilterUtils.and(FileFilterUtils.fileFileFilter(),
                        FileFilterUtils.notFileFilter(FileFilterUtils.suffixFileFilter(".tmp")))).get();
        observer.addListener(new FileAlterationListenerAdaptor() {
            @Override
            public void onFileCreate(File file) {
                processHopper();
            }
        });
        monitor = new FileAlterationMonitor(interval.toMillis(), observer);
        monitor.setThreadFactory(r -> {
            Thread thread = new Thread(r, String.format("card-hopper-%03X", address));
            thread.setDaemon(true);
            return thread;
        });
        monitor.start();
        processHopper();
    }

    /**
     * Listens on a loopback TCP port (0 = any free one) for decks, one per connection, in
     * {@code format} (Hercules' socket readers default to ASCII); returns the port.
     */
    public synchronized int listen(int port, DeckFormat format) throws IOException {
        server = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
        ServerSocket listening = server;
        Thread.ofPlatform().daemon().name(String.format("card-socket-%03X", address)).start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket connection = listening.accept();
                    Thread.ofVirtual().start(() -> receive(connection, format));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    private void receive(Socket connection, DeckFormat format) {
        try (connection; InputStream in = connection.getInputStream()) {
            byte[] deck = in.readNBytes(MAX_SOCKET_DECK + 1);
            String name;
            synchronized (this) {
                name = String.format("SOCKET.%04d", ++socketDecks);
            }
            DeckResult result = deck.length > MAX_SOCKET_DECK
                    ? new DeckResult.Rejected("DECK LONGER THAN " + MAX_SOCKET_DECK + " BYTES") : read(name, deck, format);
            if (!(result instanceof DeckResult.Spooled)) {
                String reason = result instanceof DeckResult.Rejected r ? r.reason() : ((DeckResult.Waiting) result).reason();
                Files.createDirectories(rejected);
                Path target = rejected.resolve(name);
                Files.write(target, deck);
                Files.writeString(rejected.resolve(name + ".reason"), reason + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            operator.accept(String.format("RDR %03X SOCKET DECK LOST: %s", address, e.getMessage()));
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (monitor != null) {
            monitor.stop();
            monitor = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public DeviceType type() {
        return DeviceType.RDR;
    }

    @Override
    public synchronized boolean started() {
        return started;
    }

    @Override
    public void start(String classes, Boolean separator) {
        synchronized (this) {
            started = true;
        }
        processHopper();
    }

    @Override
    public synchronized void drain() {
        started = false;
    }

    @Override
    public String classes() {
        return "A";
    }

    @Override
    public boolean separator() {
        return false;
    }
}
