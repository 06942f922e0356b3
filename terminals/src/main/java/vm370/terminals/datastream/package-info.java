/**
 * The 3270 data stream of GA23-0059: commands, WCC, orders, buffer addresses, field and extended
 * attributes, AIDs, structured fields and query replies, as records and enums that encode to and
 * decode from the bytes of one record. Knows nothing of telnet or of screens.
 */
package vm370.terminals.datastream;
