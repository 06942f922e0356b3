/** The operator console: the 3215 console printer-keyboard. */
package vm370.s370.device.console;
