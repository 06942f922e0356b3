package vm370.s370.machine;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The state a bare run ends in: PSW, registers, instruction count, why it stopped, and the storage
 * areas asked for; rendered as text for people or as the one JSON object that scripts read.
 */
public record RunResult(long psw, int[] gpr, long[] fpr, int[] cr, long instructions, Stop stop,
                        Map<Integer, byte[]> storage) {

    /** Why the CPU stopped. */
    public enum Stop { DISABLED_WAIT, INSTRUCTION_LIMIT, STOPPED }

    public RunResult {
        gpr = gpr.clone();
        fpr = fpr.clone();
        cr = cr.clone();
        storage = new LinkedHashMap<>(storage);
    }

    /** {@code {"psw":"…","gpr":[…],"fpr":[…],"cr":[…],"instructions":N,"storage":{"addr":"bytes"}}} */
    public String json() {
        HexFormat hex = HexFormat.of().withUpperCase();
        StringJoiner store = new StringJoiner(",", "{", "}");
        storage.forEach((a, b) -> store.add(quote(Integer.toHexString(a).toUpperCase()) + ":" + quote(hex.formatHex(b))));
        return "{\"psw\":" + quote(String.format("%016X", psw))
                + ",\"gpr\":" + array(Arrays.stream(gpr).mapToObj(v -> String.format("%08X", v)).toArray(String[]::new))
                + ",\"fpr\":" + array(Arrays.stream(fpr).mapToObj(v -> String.format("%016X", v)).toArray(String[]::new))
                + ",\"cr\":" + array(Arrays.stream(cr).mapToObj(v -> String.format("%08X", v)).toArray(String[]::new))
                + ",\"instructions\":" + instructions
                + ",\"storage\":" + store + "}";
    }

    /** A report for people: the PSW and why the run stopped, registers four to a line, storage dumps. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("PSW %08X %08X  %s%n", (int) (psw >>> 32), (int) psw,
                switch (stop) {
                    case DISABLED_WAIT -> "disabled wait";
                    case INSTRUCTION_LIMIT -> "instruction limit reached";
                    case STOPPED -> "stopped";
                }));
        registers(b, "GR", gpr);
        registers(b, "CR", cr);
        for (int i = 0; i < 4; i++) {
            b.append(String.format("FPR%d %016X%s", i * 2, fpr[i], i == 3 ? System.lineSeparator() : "  "));
        }
        b.append("instructions ").append(instructions).append(System.lineSeparator());
        HexFormat hex = HexFormat.of().withUpperCase();
        storage.forEach((a, bytes) -> {
            for (int off = 0; off < bytes.length; off += 16) {
                int n = Math.min(16, bytes.length - off);
                b.append(String.format("%06X  %s%n", a + off, hex.formatHex(bytes, off, off + n)));
            }
        });
        return b.toString();
    }

    private static void registers(StringBuilder b, String name, int[] values) {
        for (int i = 0; i < 16; i++) {
            b.append(i % 4 == 0 ? String.format("%s%-2d ", name, i) : " ").append(String.format("%08X", values[i]));
            if (i % 4 == 3) {
                b.append(System.lineSeparator());
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String array(String[] values) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (String v : values) {
            j.add(quote(v));
        }
        return j.toString();
    }
}
