/**
 * NJE over TCP/IP, as RSCS speaks it to other nodes (IBM's NJE Formats and Protocols, BITNET's
 * TCP/IP-NJE document, checked against what real nodes send: shared/reference/nje.md): the OPEN/ACK/NAK
 * control record, TTB/TTR framing, line start, signon, blocks of SCB-compressed records, job and
 * data set headers and trailers, nodal messages. Pure data: records and decoders, no sockets.
 */
package vm370.rscs.nje;
