/**
 * The CP directory service CP calls: {@link vm370.directory.UserDirectory} (look-ups, password
 * checks, minidisk resolution, DIRECTXA and transactional changes), the validator, the DIRMAP
 * listing, password hashing and the volumes of the system configuration.
 */
package vm370.directory;
