package vm370.cp.vio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vm370.directory.model.AccessMode;
import vm370.directory.model.Extent;

/**
 * Who has each minidisk now, read-only or read/write, and VM/370's rules for one more link: a
 * mode asks for read or write, and what others hold decides whether it gets it, is forced
 * read-only, or is refused. Keyed by the real extent, so every name for one disk counts.
 * @vm370 DMKLNK
 */
public final class MinidiskLinks {

    /** One user's hold on a minidisk, at the user's virtual address. */
    public record Holder(String userid, int vaddr, boolean write) { }

    /** The answer to a link: granted (read/write or read-only, perhaps with a warning) or refused. */
    public sealed interface Grant {
        record Granted(boolean write, String warning) implements Grant { }

        record Refused(String message) implements Grant { }
    }

    private record Key(String volser, int first) {
        static Key of(Extent extent) {
            return new Key(extent.volume().volser(), extent.first());
        }
    }

    private final Map<Key, List<Holder>> holders = new HashMap<>();

    /**
     * Links {@code userid}'s {@code vaddr} to the minidisk {@code owner}'s {@code ownerAddress} in
     * {@code mode}, if the rules allow; records the hold when granted.
     */
    public synchronized Grant link(String userid, int vaddr, String owner, int ownerAddress, Extent extent, AccessMode mode) {
        List<Holder> all = holders.computeIfAbsent(Key.of(extent), k -> new ArrayList<>());
        List<Holder> others = all.stream().filter(h -> !(h.userid().equals(userid) && h.vaddr() == vaddr)).toList();
        long writers = others.stream().filter(Holder::write).count();
        long readers = others.size() - writers;
        String held = heldBy(others);
        String disk = String.format("DASD %03X", vaddr);
        String notLinked = String.format("%s %03X NOT LINKED; ", owner, ownerAddress);
        Grant grant = switch (mode) {
            case R -> writers > 0 ? refused(notLinked, readers, writers, held) : new Grant.Granted(false, "");
            case RR -> new Grant.Granted(false, "");
            case W -> others.isEmpty() ? new Grant.Granted(true, "") : refused(notLinked, readers, writers, held);
            case WR -> others.isEmpty() ? new Grant.Granted(true, "")
                    : new Grant.Granted(false, forced(disk, readers, writers, held));
            case M -> writers > 0 ? refused(notLinked, readers, writers, held) : new Grant.Granted(true, "");
            case MR -> writers > 0 ? new Grant.Granted(false, forced(disk, readers, writers, held))
                    : new Grant.Granted(true, "");
            case MW -> new Grant.Granted(true, "");
        };
        if (grant instanceof Grant.Granted granted) {
            all.removeIf(h -> h.userid().equals(userid) && h.vaddr() == vaddr);
            all.add(new Holder(userid, vaddr, granted.write()));
        }
        return grant;
    }

    /** The user's {@code vaddr} lets go of the minidisk (DETACH, LOGOFF). */
    public synchronized void unlink(String userid, int vaddr, Extent extent) {
        List<Holder> all = holders.get(Key.of(extent));
        if (all != null) {
            all.removeIf(h -> h.userid().equals(userid) && h.vaddr() == vaddr);
            if (all.isEmpty()) {
                holders.remove(Key.of(extent));
            }
        }
    }

    /** Everyone who has the minidisk now, for QUERY LINKS. */
    public synchronized List<Holder> holders(Extent extent) {
        return List.copyOf(holders.getOrDefault(Key.of(extent), List.of()));
    }

    private static Grant refused(String notLinked, long readers, long writers, String held) {
        int number = writers == 0 ? 104 : readers == 0 ? 105 : 106;
        return new Grant.Refused("DMKLNK" + number + "E " + notLinked + held);
    }

    private static String forced(String disk, long readers, long writers, String held) {
        int number = writers == 0 ? 101 : readers == 0 ? 102 : 103;
        return "DMKLNK" + number + "W " + disk + " FORCED R/O; " + held;
    }

    /** {@code R/W BY USER1 ;R/O BY 3 USERS}, the parts present, as VM/370 words them. */
    private static String heldBy(List<Holder> others) {
        List<String> writers = others.stream().filter(Holder::write).map(Holder::userid).distinct().toList();
        List<String> readers = others.stream().filter(h -> !h.write()).map(Holder::userid).distinct().toList();
        List<String> parts = new ArrayList<>();
        if (!writers.isEmpty()) {
            parts.add("R/W BY " + who(writers));
        }
        if (!readers.isEmpty()) {
            parts.add("R/O BY " + who(readers));
        }
        return String.join(" ;", parts);
    }

    private static String who(List<String> userids) {
        return userids.size() == 1 ? userids.get(0) : userids.size() + " USERS";
    }
}
