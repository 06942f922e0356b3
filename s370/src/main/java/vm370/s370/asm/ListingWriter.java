package vm370.s370.asm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The assembler listing in IBM's layout: pages headed by the TITLE, then per statement the
 * location, object code, the two operand addresses, the statement number (+ when generated) and
 * the source; messages after the statement they flag; then the symbol cross-reference and the
 * diagnostic summary. PRINT ON/OFF, GEN/NOGEN, DATA/NODATA, EJECT and SPACE are honoured.
 */
final class ListingWriter {

    static final int PAGE_LINES = 60;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /**
     * Columns of a row, as HLASM prints them: LOC 1-6, object code 8-21 (data may run on to 23),
     * ADDR1 23-27, ADDR2 29-33, STMT 35-39, + in 40 for generated statements, source from 41.
     */
    static final int SOURCE_COLUMN = 40;
    static final String HEADING = "  LOC  OBJECT CODE    ADDR1 ADDR2  STMT   SOURCE STATEMENT";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private String title = "";
    private int page;
    private int linesOnPage = PAGE_LINES;
    private boolean print = true;
    private boolean gen = true;
    private boolean data;

    String write(Assembly assembly, String name, List<List<Diagnostic>> byStatement) {
        out.ensureCapacity(assembly.statements.size() * 96);
        for (Statement s : assembly.statements) {
            List<Diagnostic> flagged = byStatement.get(s.number);
            if (s.operation.equals("END") && s.kind == Statement.Kind.ORDINARY) {
                for (Statement literal : s.literals) {
                    statement(literal, List.of());
                }
            }
            if (!control(s)) {
                boolean shown = print && (gen || !s.generated) || !flagged.isEmpty();
                if (shown) {
                    statement(s, flagged);
                }
            }
            if (!s.literals.isEmpty() && !s.operation.equals("END") && print) {
                for (Statement literal : s.literals) {
                    statement(literal, List.of());
                }
            }
        }
        crossReference(assembly);
        summary(assembly, name);
        return out.toString();
    }

    /** Listing-control statements act and are not printed: TITLE, EJECT, SPACE; PRINT acts and prints. */
    private boolean control(Statement s) {
        if (s.kind != Statement.Kind.ORDINARY) {
            return false;
        }
        switch (s.operation) {
            case "TITLE" -> {
                String t = s.operands.strip();
                title = t.length() >= 2 && t.startsWith("'") ? Expression.characters(t.substring(1, t.length() - 1)) : t;
                linesOnPage = PAGE_LINES;
                return true;
            }
            case "EJECT" -> {
                linesOnPage = PAGE_LINES;
                return true;
            }
            case "SPACE" -> {
                int n = s.operands.isEmpty() ? 1 : parseSmall(s.operands);
                for (int i = 0; i < n && linesOnPage < PAGE_LINES; i++) {
                    line("");
                }
                return true;
            }
            case "PRINT" -> {
                for (String option : OperandList.split(s.operands)) {
                    switch (option.strip()) {
                        case "ON" -> print = true;
                        case "OFF" -> print = false;
                        case "GEN" -> gen = true;
                        case "NOGEN" -> gen = false;
                        case "DATA" -> data = true;
                        case "NODATA" -> data = false;
                        default -> { }
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private static int parseSmall(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)) && n < 100; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    private void statement(Statement s, List<Diagnostic> flagged) {
        StringBuilder row = beginLine();
        int lineStart = row.length();
        if (s.showLocation) {
            hex(row, s.address(), 6);
        } else {
            pad(row, 6);
        }
        row.append(' ');
        byte[] code = s.code;
        boolean instruction = code != null && (s.operationKind instanceof Operation.Machine || s.operationKind instanceof ExtendedMnemonic);
        if (code != null) {
            int shown = Math.min(code.length, instruction ? 6 : 8);
            for (int i = 0; i < shown; i++) {
                if (instruction && i > 0 && i % 2 == 0) {
                    row.append(' ');
                }
                hex(row, code[i] & 0xFF, 2);
            }
        }
        padTo(row, lineStart + 22);
        if (row.length() == lineStart + 22) {
            address(row, s.address1);
        } else {
            padTo(row, lineStart + 27);
        }
        row.append(' ');
        address(row, s.shownValue >= 0 ? s.shownValue : s.address2);
        row.append(' ');
        if (s.number > 0) {
            int digits = s.number < 10 ? 1 : s.number < 100 ? 2 : s.number < 1000 ? 3 : s.number < 10000 ? 4 : s.number < 100000 ? 5 : 6;
            pad(row, 5 - digits);
            row.append(s.number);
        } else {
            pad(row, 5);
        }
        row.append(s.generated ? '+' : ' ');
        appendSource(row, s.lines[0]);
        endLine();
        for (int i = 1; i < s.lines.length; i++) {
            StringBuilder more = beginLine();
            pad(more, SOURCE_COLUMN);
            appendSource(more, s.lines[i]);
            endLine();
        }
        if (data && code != null && !instruction) {
            for (int at = 8; at < code.length; at += 8) {
                StringBuilder more = beginLine();
                hex(more, s.address() + at, 6);
                more.append(' ');
                for (int i = at; i < Math.min(code.length, at + 8); i++) {
                    hex(more, code[i] & 0xFF, 2);
                }
                endLine();
            }
        }
        for (Diagnostic d : flagged) {
            line("** " + d.message());
        }
    }

    private static void appendSource(StringBuilder row, String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        row.append(line, 0, end);
    }

    private void address(StringBuilder row, long value) {
        if (value < 0) {
            pad(row, 5);
        } else {
            hex(row, value, value > 0xFFFFFF ? 8 : value > 0xFFFFF ? 6 : 5);
        }
    }

    private void crossReference(Assembly assembly) {
        linesOnPage = PAGE_LINES;
        title = "CROSS REFERENCE";
        line("SYMBOL    LENGTH   VALUE   DEFN  REFERENCES");
        List<Symbol> symbols = new ArrayList<>(assembly.symbols.values());
        symbols.sort(Comparator.comparing(s -> s.name));
        for (Symbol symbol : symbols) {
            StringBuilder row = new StringBuilder(100);
            row.append(symbol.name);
            padTo(row, Math.max(8, symbol.name.length()) + 1);
            if (!symbol.defined()) {
                row.append("  ****  ********  ****");
            } else {
                String length = Integer.toString(symbol.length);
                pad(row, 6 - length.length());
                row.append(length).append("  ");
                hex(row, symbol.value() & 0xFFFFFFFFL, 8);
                String defn = Integer.toString(symbol.definedAt);
                pad(row, 6 - defn.length());
                row.append(defn);
            }
            int count = 0;
            for (int reference : symbol.references()) {
                if (count > 0 && count % 12 == 0) {
                    line(row.toString());
                    row.setLength(0);
                    pad(row, 38);
                }
                row.append(count == 0 ? "  " : " ").append(reference);
                count++;
            }
            line(row.toString());
        }
    }

    private void summary(Assembly assembly, String name) {
        linesOnPage = PAGE_LINES;
        title = "DIAGNOSTICS AND STATISTICS";
        int worst = 0;
        for (Diagnostic d : assembly.diagnostics) {
            String at = d.statement() == 0 ? "" : Integer.toString(d.statement());
            line(" ".repeat(Math.max(0, 6 - at.length())) + at + "  " + d.message());
            worst = Math.max(worst, d.severity().returnCode());
        }
        if (assembly.diagnostics.isEmpty()) {
            line("NO STATEMENTS FLAGGED IN THIS ASSEMBLY");
        } else {
            line(assembly.diagnostics.size() + " STATEMENTS FLAGGED IN THIS ASSEMBLY; HIGHEST SEVERITY WAS " + worst);
        }
        line(assembly.statements.size() + " STATEMENTS IN " + name);
        line("RETURN CODE " + worst);
    }

    private void line(String text) {
        beginLine().append(text);
        endLine();
    }

    /** Starts a line (and a page when the last is full); the caller appends, then calls {@link #endLine()}. */
    private StringBuilder beginLine() {
        if (linesOnPage >= PAGE_LINES) {
            page++;
            if (page > 1) {
                out.append('\f');
            }
            StringBuilder head = new StringBuilder(title);
            padTo(head, 100);
            head.append("PAGE ").append(page);
            out.append(head).append('\n').append('\n');
            out.append(title.equals("CROSS REFERENCE") || title.equals("DIAGNOSTICS AND STATISTICS") ? "" : HEADING).append('\n');
            linesOnPage = 3;
        }
        return out;
    }

    private void endLine() {
        out.append('\n');
        linesOnPage++;
    }

    static void hex(StringBuilder sb, long value, int digits) {
        char[] chars = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            chars[i] = HEX[(int) value & 0xF];
            value >>>= 4;
        }
        sb.append(chars);
    }

    private static final String BLANKS = " ".repeat(132);

    private static void pad(StringBuilder sb, int n) {
        if (n > 0) {
            sb.append(BLANKS, 0, Math.min(n, BLANKS.length()));
        }
    }

    private static void padTo(StringBuilder sb, int column) {
        pad(sb, column - sb.length());
    }
}
