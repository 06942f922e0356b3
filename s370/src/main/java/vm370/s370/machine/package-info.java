/** A whole S/370 machine without CP: storage, CPUs, the channel subsystem and devices from a configuration; the bare {@code s370 run}. */
package vm370.s370.machine;
