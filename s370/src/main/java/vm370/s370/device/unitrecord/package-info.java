/** Unit-record devices: the 2540 card reader (3505-compatible) and punch, and the 1403 printer. */
package vm370.s370.device.unitrecord;
