package vm370.rscs.command;

/**
 * RSCS's messages, in the DMT style of VM/370's RSCS: module, number, severity, text. The texts are
 * ours except DMTAXS101I (messages.md §11, remembered, low confidence); the modules are the RSCS
 * modules that did the job (DMTINI start-up, DMTCMX commands, DMTNPT the NJE line driver, DMTAXS
 * spool access, DMTMSG messages).
 */
public enum RscsMessage {
    READY("DMTINI001I", "RSCS READY -- NODE %s, %d LINKS, LISTENING ON PORT %d"),
    CONFIG_ERROR("DMTINI002E", "RSCS CONFIG LINE %d: %s"),
    CONFIG_MISSING("DMTINI003E", "NO CONFIGURATION: %s"),
    LISTEN_FAILED("DMTINI004E", "CANNOT LISTEN ON PORT %d: %s"),
    INVALID_COMMAND("DMTCMX201E", "INVALID COMMAND %s"),
    NOT_AUTHORIZED("DMTCMX202E", "COMMAND %s NOT AUTHORIZED"),
    OPERAND_MISSING("DMTCMX203E", "OPERAND MISSING OR INVALID"),
    NO_SUCH_LINK("DMTCMX204E", "LINK %s NOT DEFINED"),
    NO_SUCH_NODE("DMTCMX205E", "NODE %s NOT DEFINED"),
    NO_SUCH_FILE("DMTCMX206E", "FILE %s NOT FOUND"),
    SYSTEM("DMTCMX700I", "NODE %s, RSCS VERSION 1 TCPNJE, %d LINKS, %d ACTIVE, %d FILES QUEUED"),
    LINK_STATUS("DMTCMX701I", "LINK %-8s %-8s Q=%d SENT=%d RECV=%d %s:%d%s"),
    QUEUED_FILE("DMTCMX702I", "LINK %-8s FILE %04d FROM %s(%s) TO %s(%s) %s %s RECS %d"),
    NO_FILES("DMTCMX703I", "NO FILES QUEUED"),
    NODE_LOCAL("DMTCMX704I", "NODE %s IS THE LOCAL NODE"),
    NODE_ROUTE("DMTCMX705I", "NODE %s ROUTED VIA LINK %s (%s)"),
    STARTED("DMTCMX710I", "LINK %s STARTED"),
    DRAINED("DMTCMX711I", "LINK %s DRAINED"),
    HELD("DMTCMX712I", "LINK %s HELD"),
    FREED("DMTCMX713I", "LINK %s FREED"),
    FLUSHED("DMTCMX714I", "LINK %s FILE %04d FLUSHED"),
    NOTHING_TO_FLUSH("DMTCMX715I", "LINK %s HAS NO FILE WAITING"),
    CHANGED("DMTCMX716I", "FILE %04d CHANGED"),
    ROUTED("DMTCMX717I", "NODE %s ROUTED VIA LINK %s"),
    UNROUTED("DMTCMX718I", "ROUTE FOR NODE %s REMOVED"),
    LINK_ACTIVE("DMTNPT070I", "LINK %s ACTIVE"),
    LINK_INACTIVE("DMTNPT071I", "LINK %s INACTIVE -- %s"),
    LINK_RETRYING("DMTNPT072I", "LINK %s NOT CONNECTED, RETRYING -- %s"),
    ARRIVED("DMTAXS101I", "FILE %04d SPOOLED TO %s -- ORG %s(%s) %s"),
    RETURNED("DMTAXS102E", "FILE %04d (%s %s) TO %s(%s) RETURNED -- %s"),
    NOT_STORED("DMTAXS103E", "FILE FROM %s(%s) NOT STORED -- %s"),
    STORAGE_ONLY("DMTAXS104E", "FILES RECEIVED ARE REMEMBERED IN STORAGE ONLY -- %s"),
    SENT("DMTNJI106I", "FILE %04d SENT ON LINK %s TO %s(%s)"),
    NOT_LOGGED_ON("DMTMSG104E", "USER %s NOT LOGGED ON AT NODE %s"),
    MESSAGE_NOT_SENT("DMTMSG105E", "MESSAGE TO %s(%s) NOT SENT -- %s");

    private final String id;
    private final String format;

    RscsMessage(String id, String format) {
        this.id = id;
        this.format = format;
    }

    public String id() {
        return id;
    }

    /** The message with its id, as the user sees it. */
    public String text(Object... args) {
        return id + " " + String.format(format, args);
    }
}
