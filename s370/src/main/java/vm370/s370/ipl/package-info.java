/** Initial program loading (GA22-7000, "Initial Program Loading"): the implicit read, its chain, the IPL PSW. */
package vm370.s370.ipl;
