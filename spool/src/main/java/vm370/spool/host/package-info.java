/**
 * Real unit-record devices on the host: a card reader fed from a hopper folder and a TCP socket,
 * printers writing text and green-bar PDF files, punches writing deck files.
 */
package vm370.spool.host;
