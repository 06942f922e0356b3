package vm370.s370.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links object decks at an address, as CMS LOAD does: control sections are placed one after
 * another on doubleword boundaries, SD and LD names become global, ER references (V-constants,
 * EXTRN) are resolved, and every RLD item relocates its address constant. Unresolved strong
 * references are reported ({@code DMSLIO201W}) and left as zero; weak ones (WX) quietly stay zero.
 */
public final class Loader {

    private Loader() {
    }

    /** Links the decks in order starting at {@code address}. */
    public static LoadedProgram link(List<byte[]> decks, int address) {
        List<ObjectModule> modules = new ArrayList<>();
        for (byte[] deck : decks) {
            modules.add(ObjectModule.read(deck));
        }
        return linkModules(modules, address);
    }

    /** Links the decks at the assembled address of the first deck's first control section. */
    public static LoadedProgram linkAtAssembledAddress(List<byte[]> decks) {
        List<ObjectModule> modules = new ArrayList<>();
        for (byte[] deck : decks) {
            modules.add(ObjectModule.read(deck));
        }
        int address = modules.stream().flatMap(m -> m.esd().stream())
                .filter(e -> e.type() == 0x00 || e.type() == 0x04).mapToInt(ObjectModule.Esd::address).findFirst().orElse(0);
        return linkModules(modules, address);
    }

    private static LoadedProgram linkModules(List<ObjectModule> modules, int origin) {
        List<String> messages = new ArrayList<>();
        Map<String, Integer> symbols = new LinkedHashMap<>();
        List<Map<Integer, Integer>> factors = new ArrayList<>();
        int next = (origin + 7) & ~7;
        int end = next;
        for (ObjectModule module : modules) {
            messages.addAll(module.messages());
            Map<Integer, Integer> factor = new HashMap<>();
            for (ObjectModule.Esd e : module.esd()) {
                if (e.type() == 0x00 || e.type() == 0x04) {
                    factor.put(e.esdId(), next - e.address());
                    if (e.type() == 0x00 && symbols.putIfAbsent(e.name(), next) != null) {
                        messages.add("DMSLIO202W DUPLICATE IDENTIFIER " + e.name());
                    }
                    next = (next + e.length() + 7) & ~7;
                    end = Math.max(end, next);
                }
            }
            for (ObjectModule.Esd e : module.esd()) {
                if (e.type() == 0x01 && factor.containsKey(e.owner())) {
                    if (symbols.putIfAbsent(e.name(), e.address() + factor.get(e.owner())) != null) {
                        messages.add("DMSLIO202W DUPLICATE IDENTIFIER " + e.name());
                    }
                }
            }
            factors.add(factor);
        }
        byte[] image = new byte[end - origin];
        List<String> unresolved = new ArrayList<>();
        int entry = -1;
        for (int m = 0; m < modules.size(); m++) {
            ObjectModule module = modules.get(m);
            Map<Integer, Integer> factor = factors.get(m);
            for (ObjectModule.Text t : module.text()) {
                Integer f = factor.get(t.esdId());
                int at = f == null ? -1 : t.address() + f - origin;
                if (at < 0 || at + t.bytes().length > image.length) {
                    messages.add("INVALID CARD - TXT at " + Integer.toHexString(t.address()) + " outside its section");
                    continue;
                }
                System.arraycopy(t.bytes(), 0, image, at, t.bytes().length);
            }
            Map<Integer, ObjectModule.Esd> byId = new HashMap<>();
            for (ObjectModule.Esd e : module.esd()) {
                byId.put(e.esdId(), e);
            }
            for (ObjectModule.Rld r : module.rld()) {
                relocate(image, origin, r, factor, byId, symbols, unresolved, messages);
            }
            if (entry < 0 && module.entryAddress() >= 0 && factor.containsKey(module.entryEsdId())) {
                entry = module.entryAddress() + factor.get(module.entryEsdId());
            }
        }
        if (!unresolved.isEmpty()) {
            messages.add("DMSLIO201W THE FOLLOWING NAMES ARE UNDEFINED: " + String.join(" ", unresolved));
        }
        return new LoadedProgram(origin, image, entry < 0 ? origin : entry, Map.copyOf(symbols), List.copyOf(unresolved),
                List.copyOf(messages));
    }

    private static void relocate(byte[] image, int origin, ObjectModule.Rld r, Map<Integer, Integer> factor,
            Map<Integer, ObjectModule.Esd> byId, Map<String, Integer> symbols, List<String> unresolved, List<String> messages) {
        Integer positionFactor = factor.get(r.positionEsdId());
        ObjectModule.Esd target = byId.get(r.relocationEsdId());
        int length = r.length();
        int at = positionFactor == null ? -1 : r.address() + positionFactor - origin;
        if (target == null || at < 0 || at + length > image.length) {
            messages.add("INVALID CARD - RLD item for address " + Integer.toHexString(r.address()));
            return;
        }
        long adjustment;
        if (target.type() == 0x00 || target.type() == 0x04) {
            adjustment = factor.get(target.esdId());
        } else {
            Integer value = symbols.get(target.name());
            if (value == null) {
                if (target.type() != 0x0A && !unresolved.contains(target.name())) {
                    unresolved.add(target.name());
                }
                return;
            }
            adjustment = value;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | image[at + i] & 0xFF;
        }
        value = r.negative() ? value - adjustment : value + adjustment;
        for (int i = length - 1; i >= 0; i--) {
            image[at + i] = (byte) value;
            value >>= 8;
        }
    }
}
