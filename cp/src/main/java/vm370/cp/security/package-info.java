/**
 * CP's security records: the journal of logons, logoffs, failed passwords, FORCE, LINK with
 * password, DIRECTXA and privilege failures; the lock a userid gets after too many wrong passwords;
 * and the accounting records of each session. All are append-only text files in the state folder.
 */
package vm370.cp.security;
