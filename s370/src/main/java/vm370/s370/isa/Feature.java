package vm370.s370.isa;

/**
 * The optional parts of System/370 an instruction belongs to. A CPU model says which it has; an
 * instruction of a feature the model lacks is an operation exception, as on a real machine.
 */
public enum Feature {
    /** The universal instruction set of every System/370. */
    BASE,
    /** Short and long hexadecimal floating point. */
    FLOAT,
    /** Extended-precision (128-bit) hexadecimal floating point. */
    EXTENDED_FLOAT,
    /** Dynamic address translation. */
    DAT,
    /** Several CPUs sharing storage (SIGP). */
    MULTIPROCESSING,
    /** The direct-control feature's external signal lines (RDD, WRD). */
    DIRECT_CONTROL
}
