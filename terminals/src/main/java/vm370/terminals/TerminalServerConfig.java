package vm370.terminals;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link TerminalServer} listens: address and port (0 picks a free one), optional TLS on
 * a second port with a PKCS12 or JKS key store, timeouts, connection limits, whether TN3270E is
 * offered, the prefix of generated LU names, and the longest inbound record accepted.
 *
 * @param idleTimeout how long a connected terminal may send nothing; zero means no limit
 * @param writeTimeout how long one write may block before the peer counts as stalled
 */
public record TerminalServerConfig(String bindAddress, int port, Tls tls, Duration negotiationTimeout,
                                   Duration idleTimeout, Duration writeTimeout, int maxConnections,
                                   int maxConnectionsPerAddress, boolean offerTn3270e, String luPrefix,
                                   int maxRecordBytes) {

    /** The TLS listener: port and key store (type from the file name: .jks, else PKCS12). */
    public record Tls(int port, Path keyStore, String password) {
    }

    public TerminalServerConfig {
        if (port < 0 || port > 65535 || maxConnections < 1 || maxConnectionsPerAddress < 1 || maxRecordBytes < 16) {
            throw new IllegalArgumentException("terminal server config: port " + port + ", limits " + maxConnections
                    + "/" + maxConnectionsPerAddress + ", record " + maxRecordBytes + " (expected: positive values)");
        }
        if (!negotiationTimeout.isPositive() || !writeTimeout.isPositive() || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("terminal server timeouts: negotiation " + negotiationTimeout + ", idle "
                    + idleTimeout + ", write " + writeTimeout + " (expected: positive; idle zero for none)");
        }
    }

    /** Port 3270 on loopback, no TLS, 30 s to negotiate, 60 min idle, 30 s per write, 64 per address. */
    public static TerminalServerConfig defaults() {
        return new TerminalServerConfig("127.0.0.1", 3270, null, Duration.ofSeconds(30), Duration.ofMinutes(60),
                Duration.ofSeconds(30), 4096, 64, true, "VMT", 32768);
    }

    public TerminalServerConfig withPort(int newPort) {
        return new TerminalServerConfig(bindAddress, newPort, tls, negotiationTimeout, idleTimeout, writeTimeout,
                maxConnections, maxConnectionsPerAddress, offerTn3270e, luPrefix, maxRecordBytes);
    }

    public TerminalServerConfig withBindAddress(String address) {
        return new TerminalServerConfig(address, port, tls, negotiationTimeout, idleTimeout, writeTimeout,
                maxConnections, maxConnectionsPerAddress, offerTn3270e, luPrefix, maxRecordBytes);
    }

    public TerminalServerConfig withTls(Tls newTls) {
        return new TerminalServerConfig(bindAddress, port, newTls, negotiationTimeout, idleTimeout, writeTimeout,
                maxConnections, maxConnectionsPerAddress, offerTn3270e, luPrefix, maxRecordBytes);
    }

    public TerminalServerConfig withTimeouts(Duration negotiation, Duration idle, Duration write) {
        return new TerminalServerConfig(bindAddress, port, tls, negotiation, idle, write,
                maxConnections, maxConnectionsPerAddress, offerTn3270e, luPrefix, maxRecordBytes);
    }

    public TerminalServerConfig withLimits(int total, int perAddress) {
        return new TerminalServerConfig(bindAddress, port, tls, negotiationTimeout, idleTimeout, writeTimeout,
                total, perAddress, offerTn3270e, luPrefix, maxRecordBytes);
    }

    public TerminalServerConfig withTn3270e(boolean offer) {
        return new TerminalServerConfig(bindAddress, port, tls, negotiationTimeout, idleTimeout, writeTimeout,
                maxConnections, maxConnectionsPerAddress, offer, luPrefix, maxRecordBytes);
    }
}
