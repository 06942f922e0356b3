package vm370.rscs.link;

/** Where a link is, as QUERY LINKS shows it. */
public enum LinkState {
    /** Not started, or drained. */
    INACTIVE("INACTIVE"),
    /** Started, trying to reach its peer (between tries it waits, longer each time). */
    CONNECTING("CONNECT"),
    /** Signed on: files and messages flow. */
    ACTIVE("ACTIVE");

    private final String text;

    LinkState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
