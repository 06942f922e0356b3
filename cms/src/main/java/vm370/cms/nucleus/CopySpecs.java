package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * COPYFILE's SPECS list: up to 20 pairs {@code source column}, each putting input columns
 * ({@code n} or {@code n-m}), a delimited string ({@code /text/}, any non-alphanumeric delimiter)
 * or hexadecimal bytes ({@code Hc1c2}) into the output record from {@code column} on. The output
 * record starts blank; it is as long as the last column a pair filled.
 * @vm370 DMSCPY
 */
final class CopySpecs {

    /** The most pairs a list may hold. */
    static final int MAX_PAIRS = 20;

    private final Pair[] pairs;
    private final int width;

    /** Where one pair's bytes come from. */
    sealed interface Source {
        /** Input columns {@code first} to {@code last}, 1-origin. */
        record Columns(int first, int last) implements Source {
        }

        /** Bytes given in the list. */
        record Literal(byte[] bytes) implements Source {
        }
    }

    /** One pair: a source and the output column its first byte goes to. */
    record Pair(Source source, int column) {

        /** The output column after the last this pair can fill. */
        int reach() {
            return column - 1 + switch (source) {
                case Source.Columns c -> c.last() - c.first() + 1;
                case Source.Literal l -> l.bytes().length;
            };
        }
    }

    /** A list as parsed: good, or the message and return code that say where it is wrong. */
    sealed interface Parsed {
        record Good(CopySpecs specs) implements Parsed {
        }

        record Bad(int returnCode, String message) implements Parsed {
        }
    }

    private CopySpecs(List<Pair> pairs) {
        this.pairs = pairs.toArray(Pair[]::new);
        this.width = pairs.stream().mapToInt(Pair::reach).max().orElse(0);
    }

    /** The widest record the list can make: the LRECL an F output gets when none is given. */
    int width() {
        return width;
    }

    /** Parses a list as typed (continuation lines already joined). */
    static Parsed parse(String text) {
        List<Pair> pairs = new ArrayList<>();
        int at = skipBlanks(text, 0);
        if (at == text.length()) {
            return invalid("");
        }
        while (at < text.length()) {
            int end = sourceEnd(text, at);
            Source source = end < 0 ? null : source(text.substring(at, end));
            if (source == null) {
                return invalid(word(text, at));
            }
            int next = skipBlanks(text, end);
            int columnEnd = wordEnd(text, next);
            int column = FileCommands.number(text.substring(next, columnEnd));
            if (column < 1 || column > 65535) {
                return invalid(next == text.length() ? word(text, at) : word(text, next));
            }
            if (pairs.size() == MAX_PAIRS) {
                return new Parsed.Bad(88, "DMSCPY103S NUMBER OF SPECS EXCEEDS MAX " + MAX_PAIRS);
            }
            pairs.add(new Pair(source, column));
            at = skipBlanks(text, columnEnd);
        }
        return new Parsed.Good(new CopySpecs(pairs));
    }

    /** Where a source that starts at {@code at} ends: after its closing delimiter, or at a blank; -1 unclosed. */
    private static int sourceEnd(String text, int at) {
        char first = text.charAt(at);
        if (Character.isLetterOrDigit(first)) {
            return wordEnd(text, at);
        }
        int close = text.indexOf(first, at + 1);
        return close < 0 ? -1 : close + 1;
    }

    private static Source source(String word) {
        char first = word.charAt(0);
        if (!Character.isLetterOrDigit(first)) {
            return word.length() < 3 ? null : new Source.Literal(Supervisor.EBCDIC.encode(word.substring(1,
                    word.length() - 1)));
        }
        if (first == 'H' || first == 'h') {
            String hex = word.substring(1);
            boolean valid = !hex.isEmpty() && hex.length() % 2 == 0 && hex.chars().allMatch(HexFormat::isHexDigit);
            return valid ? new Source.Literal(HexFormat.of().parseHex(hex)) : null;
        }
        int dash = word.indexOf('-');
        int firstColumn = FileCommands.number(dash < 0 ? word : word.substring(0, dash));
        int lastColumn = dash < 0 ? firstColumn : FileCommands.number(word.substring(dash + 1));
        boolean valid = firstColumn >= 1 && lastColumn >= firstColumn && lastColumn <= 65535;
        return valid ? new Source.Columns(firstColumn, lastColumn) : null;
    }

    private static int skipBlanks(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        int end = text.indexOf(' ', at);
        return end < 0 ? text.length() : end;
    }

    private static String word(String text, int at) {
        return text.substring(at, Math.min(wordEnd(text, at), at + 10));
    }

    private static Parsed invalid(String near) {
        return new Parsed.Bad(24, "DMSCPY064E INVALID SPECS SPECIFICATION AT OR NEAR '" + near + "'");
    }

    /**
     * Builds the output record from {@code length} bytes of {@code record} into {@code out} (at least
     * {@link #width()} long). Input columns past the record's end give nothing; returns the length.
     */
    int apply(byte[] record, int length, byte[] out) {
        Arrays.fill(out, 0, width, Ebcdic.SPACE);
        int end = 0;
        for (Pair pair : pairs) {
            int n = switch (pair.source()) {
                case Source.Columns c -> {
                    int available = Math.min(c.last(), length) - c.first() + 1;
                    if (available > 0) {
                        System.arraycopy(record, c.first() - 1, out, pair.column() - 1, available);
                    }
                    yield available;
                }
                case Source.Literal l -> {
                    System.arraycopy(l.bytes(), 0, out, pair.column() - 1, l.bytes().length);
                    yield l.bytes().length;
                }
            };
            if (n > 0) {
                end = Math.max(end, pair.column() - 1 + n);
            }
        }
        return end;
    }
}
