/**
 * The CMS nucleus: IPL, the console, the command processor with its command table, the accessed
 * disks and the built-in commands. It is a guest: it reaches CP only through
 * {@link vm370.cp.guest.GuestMachine} (CCWs to the 3215 and unit-record devices, DIAGNOSE 08, 0C,
 * 14, 24, 5C and X'250'), and keeps its files with {@link vm370.cms.fs}.
 */
package vm370.cms.nucleus;
