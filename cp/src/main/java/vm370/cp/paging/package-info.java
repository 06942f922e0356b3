/**
 * Paging: CP's real storage as a pool of 4K frames backing every virtual machine's storage, page
 * stealing from machines that are not running, and the paging file (DMKPTR, DMKPAG).
 */
package vm370.cp.paging;
