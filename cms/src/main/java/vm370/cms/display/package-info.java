/**
 * The 3270 data stream as a CMS full-screen program builds and reads it (XEDIT, FILELIST, RDRLIST):
 * outbound write commands, WCC and orders (SF, SBA, IC, RA) with 12- or 14-bit buffer addresses,
 * and the inbound Read Modified record (AID, cursor, modified fields), per the IBM 3270 Data Stream
 * Programmer's Reference (GA23-0059). The program reaches the terminal through DIAGNOSE X'58'.
 */
package vm370.cms.display;
