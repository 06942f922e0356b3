/**
 * A start/stop communication line of a 2701, 2702 or 2703 transmission control unit, device side
 * only: the terminal that calls in is supplied by whoever connects it (CP's DIAL).
 */
package vm370.s370.device.line;
