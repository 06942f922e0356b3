package vm370.rscs.config;

/**
 * One LINK statement: the adjacent node, the peer's host and TCPNJE port, and whether RSCS starts
 * the link when it comes up (AUTO, the default) or waits for the operator's START.
 */
public record LinkDefinition(String node, String host, int port, boolean autoStart) { }
