package vm370.cms.program;

import java.util.Optional;

/**
 * The functions SVC 202 serves itself, by the name in the first eight bytes of the parameter list
 * (the name each CMS macro puts there). Any other name is a command, run by the command processor.
 */
enum CmsFunction {
    /** WRTERM: +8 AL1 0, AL3 text; +12 CL1 colour, AL3 length. */
    TYPLIN,
    /** RDTERM: +8 AL1 0, AL3 buffer; +12 CL1 edit code (U upper-cases), AL3 buffer length; R0 = length read. */
    WAITRD,
    /** ATTN: +8 CL4 FIFO or LIFO, +12 AL1 length, AL3 line: stacks the line. */
    ATTN,
    /** WAITT: waits until console output is done; ours is done when typed. */
    WAITT,
    /** DMSFREE: +8 F doublewords wanted; R1 = the address, R0 = doublewords given; 1 when there is no room. */
    DMSFREE,
    /** DMSFRET: +8 F doublewords, +12 A block; 5 when no such block was given out. */
    DMSFRET,
    /** FSREAD. */
    RDBUF,
    /** FSWRITE. */
    WRBUF,
    /** FSCLOSE. */
    FINIS,
    /** FSSTATE, and the STATE command. */
    STATE,
    /** FSERASE, and the ERASE command of one file. */
    ERASE,
    /** FSOPEN. */
    FSOPEN,
    /** LINEDIT. */
    LINEDIT,
    /** PRINTL: +8 A line, +12 AL1 flags (X'80' first byte is ASA control), AL3 length. */
    PRINTR,
    /** PUNCHC: +8 A card, +12 F length (80). */
    CARDPH,
    /** RDCARD: +8 A buffer, +12 F length; R0 = bytes read; 1 at end of file. */
    CARDRD;

    /** The function of this name, if SVC 202 serves it itself. */
    static Optional<CmsFunction> named(String name) {
        for (CmsFunction f : values()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
