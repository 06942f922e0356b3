/**
 * The local non-SNA 3270 display station (3277/3278 on a 3272/3274), device side only, and the 3270's
 * buffer addressing; the rest of the data stream lives in module terminals.
 */
package vm370.s370.device.display;
