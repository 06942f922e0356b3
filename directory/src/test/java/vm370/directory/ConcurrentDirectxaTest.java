package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.UserEntry;
import vm370.directory.store.DirectoryStore;

/** Readers racing DIRECTXA see the old directory or the new one, never a mix. */
class ConcurrentDirectxaTest {

    private static final int ROUNDS = 16;

    @TempDir
    Path var;

    /** {@code users} users, each with ACCOUNT {@code marker}; the two generations differ in size too. */
    static String generation(String marker, int users) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < users; i++) {
            source.append(String.format(Locale.ROOT, "USER U%04d PW%d 1M 1M G%n ACCOUNT %s%n"
                    + " MDISK 191 3350 %d 1 VMUSR1 MR%n", i, i, marker, i + 1));
        }
        return source.toString();
    }

    /** The one marker all of a directory's users carry, or a description of the mix. */
    private static String marker(Directory directory) {
        List<String> markers = directory.users().stream().map(ConcurrentDirectxaTest::account).distinct().toList();
        String expected = directory.users().size() == 40 ? "GENA" : directory.users().size() == 70 ? "GENB" : "?";
        return markers.equals(List.of(expected)) ? expected : "MIX " + markers + " of " + directory.users().size();
    }

    private static String account(UserEntry user) {
        return user.statements().stream().filter(s -> s instanceof EntryStatement.Account)
                .map(s -> ((EntryStatement.Account) s).number()).findFirst().orElse("NONE");
    }

    @Test
    void readersDuringDirectxaSeeTheOldOrTheNewDirectoryNeverAMix() throws Exception {
        String a = generation("GENA", 40);
        String b = generation("GENB", 70);
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        try (UserDirectory directory = SampleSystem.open(var)) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(a));
            String url = SampleSystem.config().directoryUrl(var);
            List<Thread> readers = List.of(
                    Thread.ofVirtual().start(() -> {
                        while (!done.get()) {
                            seen.add(marker(directory.snapshot()));
                            reads.incrementAndGet();
                        }
                    }),
                    Thread.ofPlatform().start(() -> {
                        try (DirectoryStore store = DirectoryStore.open(url)) {
                            while (!done.get()) {
                                seen.add(marker(store.load()));
                                reads.incrementAndGet();
                            }
                        } catch (Exception e) {
                            seen.add("FAILED " + e);
                        }
                    }));
            for (int round = 0; round < ROUNDS; round++) {
                assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(round % 2 == 0 ? b : a));
            }
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertTrue(reads.get() > 0);
        List<String> wrong = seen.stream().filter(m -> !m.equals("GENA") && !m.equals("GENB")).distinct().toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void anInterruptedCallerStillGetsItsChangeCommittedAndKeepsTheInterrupt() throws Exception {
        try (UserDirectory directory = SampleSystem.open(var)) {
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread caller = Thread.ofVirtual().unstarted(() -> {
                Thread.currentThread().interrupt();
                try {
                    directory.directxa(generation("GENB", 70));
                } catch (DirectoryException e) {
                    throw new IllegalStateException(e);
                }
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            caller.join();
            assertTrue(stillInterrupted.get());
            assertEquals("GENB", marker(directory.snapshot()));
        }
        try (UserDirectory reopened = SampleSystem.open(var)) {
            assertEquals("GENB", marker(reopened.snapshot()));
        }
    }
}
