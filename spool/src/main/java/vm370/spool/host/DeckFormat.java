package vm370.spool.host;

/** How a host card deck is coded, as Hercules' card reader takes it. */
public enum DeckFormat {
    /** Decided from the first 160 bytes: all printable ASCII, CR, LF or TAB means ASCII. */
    AUTO,
    /** Lines of text, at most 80 columns each, LF or CRLF, tabs every 8, X'1A' ends the deck. */
    ASCII,
    /** Fixed 80-byte EBCDIC cards with no delimiters. */
    EBCDIC
}
