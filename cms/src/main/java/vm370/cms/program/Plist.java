package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A CMS parameter list as SVC 202 receives it: the tokenized list of 8-byte tokens at R1 (the
 * function or command name first, ended by a fence of X'FF'*8), and, when the high-order byte of R1
 * is not zero, the extended list at R0: A(command name), A(start of arguments), A(end of
 * arguments), A(file block or 0).
 *
 * @param tokens the tokens, trailing blanks removed, fence excluded
 * @param arguments the extended list's argument string, or null when there is none
 */
record Plist(List<String> tokens, String arguments) {

    /** Tokens read before a missing fence stops the list (a full line of 130 one-letter words). */
    static final int MAX_TOKENS = 66;
    private static final int MAX_ARGUMENTS = 65535;

    /** The function or command name. */
    String name() {
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /** The command line the list stands for: the extended arguments when given, else the tokens. */
    String commandLine() {
        if (arguments != null) {
            return arguments.isBlank() ? name() : name() + " " + arguments.strip();
        }
        return String.join(" ", tokens);
    }

    /**
     * Splits a command line into CMS tokens: words of up to 8 characters separated by blanks, with
     * parentheses as tokens of their own; at most {@link #MAX_TOKENS}.
     */
    static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length() && tokens.size() < MAX_TOKENS; i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == ' ' || c == '(' || c == ')') {
                if (!word.isEmpty()) {
                    tokens.add(word.length() > 8 ? word.substring(0, 8) : word.toString());
                    word.setLength(0);
                }
                if (c != ' ' && tokens.size() < MAX_TOKENS) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        return tokens;
    }

    /** Reads the parameter lists that R0 and R1 point to. */
    static Plist read(GuestMemory memory, int r0, int r1) {
        int address = r1 & 0xFFFFFF;
        List<String> tokens = new ArrayList<>();
        while (tokens.size() < MAX_TOKENS && memory.inside(address, 8)) {
            if (memory.word(address) == -1 && memory.word(address + 4) == -1) {
                break;
            }
            tokens.add(memory.text(address, 8));
            address += 8;
        }
        String arguments = null;
        if ((r1 >>> 24) != 0 && memory.inside(r0 & 0xFFFFFF, 16)) {
            int extended = r0 & 0xFFFFFF;
            int begin = memory.word(extended + 4) & 0xFFFFFF;
            int end = memory.word(extended + 8) & 0xFFFFFF;
            if (end >= begin && end - begin <= MAX_ARGUMENTS && memory.inside(begin, end - begin)) {
                arguments = vm370.s370.text.Ebcdic.CP037.decode(memory.bytes(begin, end - begin));
            }
        }
        return new Plist(List.copyOf(tokens), arguments);
    }
}
