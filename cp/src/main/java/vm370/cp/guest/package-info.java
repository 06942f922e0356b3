/**
 * The guest's view of CP, and the only part of CP that guest systems (CMS, RSCS) may use: the
 * virtual machine's storage, its virtual devices by address, and DIAGNOSE. Everything else of CP
 * is hidden from guests by module-info.java, as the real CP was hidden behind the architecture.
 */
package vm370.cp.guest;
