package vm370.spool.host;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vm370.spool.file.SpoolFile;

/**
 * The separator a started printer (START ... SEP) prints before each file, as VM/370's DMKSEP did:
 * the owner's userid and the spool id in block letters made of their own characters, then the
 * file's identification (origin, file name and type, class, form, distribution code, records,
 * copies) with the date and time it was created and printed, between rows of asterisks.
 */
final class SeparatorPage {

    private static final int WIDTH = 120;
    private static final int GLYPH_ROWS = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");
    /**
     * A 5x7 dot font: each glyph is its character followed by seven rows of two hex digits, the
     * five low bits of each row being its dots from left to right.
     */
    private static final String FONT = String.join("",
            "A0E11111F111111", "B1E11111E11111E", "C0E11101010110E", "D1E11111111111E", "E1F10101E10101F",
            "F1F10101E101010", "G0E11101711110F", "H1111111F111111", "I0E04040404040E", "J0702020202120C",
            "K11121418141211", "L1010101010101F", "M111B1515111111", "N11111915131111", "O0E11111111110E",
            "P1E11111E101010", "Q0E11111115120D", "R1E11111E141211", "S0F10100E01011E", "T1F040404040404",
            "U1111111111110E", "V11111111110A04", "W1111111515150A", "X11110A040A1111", "Y1111110A040404",
            "Z1F01020408101F", "00E11131519110E", "1040C040404040E", "20E11010204081F", "31F02040201110E",
            "402060A121F0202", "51F101E0101110E", "60608101E11110E", "71F010204080808", "80E11110E11110E",
            "90E11110F01020C", "@0E11010D15150E", "#0A0A1F0A1F0A0A", "$040F140E051E04", "-0000001F000000",
            "_0000000000001F", "?0E110102040004");

    private SeparatorPage() {
    }

    /** The separator form for {@code file}, printed at {@code printed}, laid out on {@code fcb}'s form. */
    static PrintLayout.Page page(SpoolFile file, LocalDateTime printed, FormsControlBuffer fcb) {
        List<List<String>> lines = new ArrayList<>(fcb.lines());
        for (int i = 0; i < fcb.lines(); i++) {
            lines.add(new ArrayList<>(1));
        }
        String stars = "*".repeat(WIDTH);
        int at = 1;
        lines.get(at).add(stars);
        at += 2;
        for (String text : List.of(file.owner(), String.format("%04d", file.spoolId()))) {
            for (String row : blockLetters(text)) {
                lines.get(at++).add(row);
            }
            at++;
        }
        lines.get(at++).add(stars);
        at++;
        lines.get(at++).add(String.format("USERID %-8s  ORIGIN %-8s  SPOOLID %04d  CLASS %c  FORM %-8s  DIST %-8s",
                file.owner(), file.origin(), file.spoolId(), file.spoolClass(), file.form(), file.dist()).stripTrailing());
        lines.get(at++).add(String.format("FILE %-8s %-8s  TYPE %s  RECORDS %06d  COPIES %02d",
                file.fileName(), file.fileType(), file.deviceType().code(), file.records(), file.copies()));
        lines.get(at++).add(String.format("CREATED %s  PRINTED %s", STAMP.format(file.created()), STAMP.format(printed)));
        at++;
        lines.get(at).add(stars);
        return new PrintLayout.Page(lines, fcb.linesPerInch());
    }

    /** {@code text} in block letters: seven rows, each dot two columns of the letter itself, letters two columns apart. */
    static List<String> blockLetters(String text) {
        List<StringBuilder> rows = new ArrayList<>(GLYPH_ROWS);
        for (int r = 0; r < GLYPH_ROWS; r++) {
            rows.add(new StringBuilder());
        }
        for (int i = 0; i < text.length(); i++) {
            int glyph = glyph(text.charAt(i));
            char mark = glyph < 0 ? ' ' : FONT.charAt(glyph);
            for (int r = 0; r < GLYPH_ROWS; r++) {
                int bits = glyph < 0 ? 0 : Integer.parseInt(FONT, glyph + 1 + 2 * r, glyph + 3 + 2 * r, 16);
                StringBuilder row = rows.get(r);
                if (i > 0) {
                    row.append("  ");
                }
                for (int dot = 4; dot >= 0; dot--) {
                    char shown = (bits >> dot & 1) != 0 ? mark : ' ';
                    row.append(shown).append(shown);
                }
            }
        }
        return rows.stream().map(row -> row.toString().stripTrailing()).toList();
    }

    /** Where {@code c}'s glyph starts in {@link #FONT}; -1 for a blank; '?' for a character it lacks. */
    private static int glyph(char c) {
        if (c == ' ') {
            return -1;
        }
        for (int at = 0; at < FONT.length(); at += 15) {
            if (FONT.charAt(at) == c) {
                return at;
            }
        }
        return FONT.length() - 15;
    }
}
