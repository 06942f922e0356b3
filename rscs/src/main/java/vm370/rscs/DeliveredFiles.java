package vm370.rscs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cp.guest.GuestMachine;
import vm370.rscs.command.RscsMessage;

/**
 * The files this node took from its links lately, by network identity, so that a file the peer
 * sends again (its acknowledgement was lost with the connection) is acknowledged, not delivered
 * twice; kept in storage and in {@code RSCS DELIVERD} on the 191 disk, read back at each start.
 *
 * <p>Each arriving file goes through three steps, each durable before the next begins: (1) it is
 * CLOSEd in a reader here (the spool); (2) its identity is written to the disk, for all the files of
 * one pass of the supervisor together; (3) the link acknowledges it, and the peer purges its copy.
 * A crash (of RSCS, its machine or the whole system) before (1) ends loses nothing: the spool keeps
 * closed files only, and the peer, unanswered, sends the file again. After (2), a resend finds the
 * identity and is only acknowledged: delivered once. Only a crash between (1) and (2) delivers a
 * file twice; with two stores and no transaction across them one of the two orders must leave a
 * window, and the other order, (2) before (1), would lose the file in it. The window is kept to the
 * rest of one pass, with no network I/O in it. A disk write is all or nothing (CMS commits by the
 * label), so a crash inside (2) is one of the cases above. A file stored here to be sent on keeps
 * its identity, so a twin of it made in the window is dropped by the next node; only a twin
 * delivered to a user here stays. The disk keeps the last {@value #KEPT} identities (a peer sends
 * again only the few files of its window when a connection broke); when it cannot be written RSCS
 * says so once and remembers in storage only until it is IPLed again. Owned by the machine's thread.
 */
final class DeliveredFiles {

    private static final int REMEMBERED = 100_000;
    static final int KEPT = 5_000;
    /** The file grows by this much past {@link #KEPT} before it is rewritten with the last ones only. */
    static final int SLACK = KEPT / 4;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    /** Remembered since the last {@link #record}, not yet on the disk. */
    private final List<String> batch = new ArrayList<>();
    private final Consumer<String> operator;
    /** Where identities are made durable; null when storage is all there is. */
    private DeliveryLog log;

    /** Remembers across restarts in {@code log}, starting with what it holds; the operator hears of trouble. */
    DeliveredFiles(DeliveryLog log, Consumer<String> operator) {
        this.operator = operator;
        switch (log.read()) {
            case FsResult.Done<List<String>>(List<String> identities) -> {
                identities.forEach(identity -> seen.put(identity, Boolean.TRUE));
                this.log = log;
            }
            case FsResult.Failed<List<String>> f -> storageOnly(DeliveryLog.FILE_ID + " NOT READ: " + reason(f.code()));
        }
    }

    /** Remembers in storage only, for the reason the operator is given. */
    DeliveredFiles(String why, Consumer<String> operator) {
        this.operator = operator;
        storageOnly(why);
    }

    /** The memory of the machine's 191 disk, or of storage only when the disk cannot hold it. */
    static DeliveredFiles open(GuestMachine machine, int work, Consumer<String> operator) {
        try {
            return new DeliveredFiles(DeliveryLog.open(machine, work), operator);
        } catch (IOException e) {
            return new DeliveredFiles(e.getMessage(), operator);
        }
    }

    boolean contains(String identity) {
        return seen.containsKey(identity);
    }

    /** Remembers a file made durable here; it is on the disk after the next {@link #record}. */
    void add(String identity) {
        seen.put(identity, Boolean.TRUE);
        if (log != null) {
            batch.add(identity);
        }
    }

    /** Writes the identities added since the last call, in one write, before their files are acknowledged. */
    void record() {
        if (batch.isEmpty()) {
            return;
        }
        FsCode code = log.records() + batch.size() > KEPT + SLACK ? log.replace(newest(KEPT)) : log.append(batch);
        batch.clear();
        if (code != FsCode.OK) {
            storageOnly(DeliveryLog.FILE_ID + " NOT WRITTEN: " + reason(code));
        }
    }

    /** The last {@code count} identities remembered, oldest first. */
    private List<String> newest(int count) {
        List<String> out = new ArrayList<>(count);
        int skip = seen.size() - count;
        for (String identity : seen.keySet()) {
            if (skip-- <= 0) {
                out.add(identity);
            }
        }
        return out;
    }

    private void storageOnly(String why) {
        log = null;
        batch.clear();
        operator.accept(RscsMessage.STORAGE_ONLY.text(why));
    }

    private static String reason(FsCode code) {
        return code.name().replace('_', ' ');
    }
}
