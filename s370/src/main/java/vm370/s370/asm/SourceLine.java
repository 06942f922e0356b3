package vm370.s370.asm;

/**
 * One logical source statement before macro processing: its physical lines, its fields, and a
 * fault found while reading it (a missing COPY member), if any.
 */
record SourceLine(String[] lines, SourceText.Fields fields, boolean comment, String fault) {

    static SourceLine of(String[] lines) {
        boolean comment = SourceText.isComment(lines[0]);
        SourceText.Fields fields = comment || lines[0].isBlank()
                ? new SourceText.Fields("", "", "", "") : SourceText.split(lines, true);
        return new SourceLine(lines, fields, comment || lines[0].isBlank(), null);
    }

    SourceLine withFault(String text) {
        return new SourceLine(lines, fields, comment, text);
    }

    String operation() {
        return fields.operation();
    }

    String label() {
        return fields.label();
    }
}
