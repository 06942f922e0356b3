package vm370.cp.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One terminal's TERMINAL options and CP's logical line editing with them: LINEND ends a logical
 * line, CHARDEL erases the character before it, LINEDEL the logical line so far, ESCAPE takes the
 * next character as it is. MORE and HOLD govern the 3270 output area. Guarded by {@code this}.
 * @vm370 DMKCFT
 */
final class TerminalSettings {

    /** The defaults at logon, as QUERY TERMINAL shows them. */
    static final char LINEND = '#';
    static final char LINEDEL = '\u00A2';
    static final char CHARDEL = '@';
    static final char ESCAPE = '"';
    /** A character option set OFF. */
    private static final char NONE = 0;

    private char linend = LINEND;
    private char linedel = LINEDEL;
    private char chardel = CHARDEL;
    private char escape = ESCAPE;
    private int moreSeconds = 50;
    private int clearSeconds = 10;
    private boolean hold = true;

    synchronized char linend() {
        return linend;
    }

    synchronized int moreSeconds() {
        return moreSeconds;
    }

    synchronized int clearSeconds() {
        return clearSeconds;
    }

    synchronized boolean hold() {
        return hold;
    }

    /** Splits what was typed into logical lines and edits each (the password read is never edited). */
    synchronized List<String> edit(String typed) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == escape && c != NONE && i + 1 < typed.length()) {
                line.append(typed.charAt(++i));
            } else if (c == linend && c != NONE) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c == chardel && c != NONE) {
                if (!line.isEmpty()) {
                    line.setLength(line.length() - 1);
                }
            } else if (c == linedel && c != NONE) {
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The rest of a line typed in VM mode when it starts with {@code #CP} (LINEND then CP): the
     * CP commands in it; null when it does not.
     */
    synchronized String cpPrefix(String typed) {
        if (linend == NONE || typed.length() < 3 || typed.charAt(0) != linend
                || !typed.substring(1, 3).equalsIgnoreCase("CP")) {
            return null;
        }
        if (typed.length() > 3 && typed.charAt(3) != ' ') {
            return null;
        }
        return typed.substring(3).strip();
    }

    /**
     * TERMINAL option value...: LINEND, LINEDEL, CHARDEL, ESCAPE (ON, OFF or a character), MORE nnn mmm,
     * HOLD ON|OFF. Returns the option or value that is wrong, or null when it was set.
     */
    synchronized String set(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String option = words.get(0).toUpperCase(Locale.ROOT);
        String value = words.size() > 1 ? words.get(1) : null;
        if (value == null) {
            return option;
        }
        switch (option) {
            case "LINEND", "LINEDEL", "CHARDEL", "ESCAPE" -> {
                Character c = character(value, option);
                if (c == null) {
                    return value;
                }
                switch (option) {
                    case "LINEND" -> linend = c;
                    case "LINEDEL" -> linedel = c;
                    case "CHARDEL" -> chardel = c;
                    default -> escape = c;
                }
            }
            case "MORE" -> {
                if (words.size() != 3 || !words.get(1).matches("\\d{1,3}") || !words.get(2).matches("\\d{1,3}")) {
                    return words.size() > 2 ? words.get(2) : value;
                }
                moreSeconds = Integer.parseInt(words.get(1));
                clearSeconds = Integer.parseInt(words.get(2));
            }
            case "HOLD" -> {
                if (!value.equalsIgnoreCase("ON") && !value.equalsIgnoreCase("OFF")) {
                    return value;
                }
                hold = value.equalsIgnoreCase("ON");
            }
            default -> {
                return option;
            }
        }
        return null;
    }

    /** ON gives the default character, OFF none, a single character itself. */
    private static Character character(String value, String option) {
        if (value.equalsIgnoreCase("ON")) {
            return switch (option) {
                case "LINEND" -> LINEND;
                case "LINEDEL" -> LINEDEL;
                case "CHARDEL" -> CHARDEL;
                default -> ESCAPE;
            };
        }
        if (value.equalsIgnoreCase("OFF")) {
            return NONE;
        }
        return value.length() == 1 ? value.charAt(0) : null;
    }

    /** QUERY TERMINAL's lines. */
    synchronized List<String> query() {
        return List.of(String.format("LINEND  %s , LINEDEL  %s , CHARDEL  %s , ESCAPE  %s , TABCHAR ON",
                        show(linend), show(linedel), show(chardel), show(escape)),
                "LINESIZE 080, ATTN OFF, APL OFF, TEXT OFF, MODE VM, HILIGHT OFF",
                String.format("AUTOCR OFF, MORE %03d %03d, HOLD %-3s, TIMESTAMP OFF", moreSeconds, clearSeconds,
                        hold ? "ON" : "OFF"));
    }

    private static String show(char c) {
        return c == NONE ? "OFF" : String.valueOf(c);
    }
}
