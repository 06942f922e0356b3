package vm370.system.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vm370 submit DECK [--host H] [--port P]}: puts a card deck on the socket card reader of a
 * running system (READER ... SOCKET port in its configuration), one deck per connection as a
 * Hercules socket reader takes it. A deck whose first card is {@code ID CMSBATCH} goes to the batch
 * machine; text lines are cards.
 */
@Command(name = "submit", description = "Put a card deck on a running system's socket card reader.")
public final class SubmitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DECK", description = "The deck: text lines (one card each) or 80-byte EBCDIC cards.")
    private Path deck;

    @Option(names = "--host", description = "The system's host (default: localhost).")
    private String host = "localhost";

    @Option(names = "--port", description = "The socket reader's port (default: 3505, the sample system's).")
    private int port = 3505;

    @Override
    public Integer call() {
        try {
            byte[] cards = Files.readAllBytes(deck);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 10_000);
                OutputStream out = socket.getOutputStream();
                out.write(cards);
                out.flush();
                socket.shutdownOutput();
            }
            System.out.printf("DECK %s SENT TO %s:%d (%d BYTES)%n", deck.getFileName(), host, port, cards.length);
            return 0;
        } catch (IOException e) {
            System.err.printf("DECK %s NOT SENT: %s%n", deck, e.getMessage());
            return 8;
        }
    }
}
