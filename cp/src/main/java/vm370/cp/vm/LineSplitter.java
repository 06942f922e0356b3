package vm370.cp.vm;

/**
 * Turns the character stream of a 3215 console model (text, with a new line after each write
 * with carrier return) into whole lines for the user's terminal.
 */
final class LineSplitter implements Appendable {

    private final ConsoleOutput output;
    private final StringBuilder pending = new StringBuilder();

    LineSplitter(ConsoleOutput output) {
        this.output = output;
    }

    @Override
    public Appendable append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
        }
        return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
        return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
        if (c == '\n') {
            output.line(pending.toString());
            pending.setLength(0);
        } else if (c != '\u0007') {
            pending.append(c);
        }
        return this;
    }
}
