/**
 * Virtual I/O: the devices CP gives a virtual machine, behind the same channel-device contract as
 * real ones, so the machine's channel programs run against them as on real hardware.
 */
package vm370.cp.vio;
