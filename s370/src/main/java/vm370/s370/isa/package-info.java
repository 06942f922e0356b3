/**
 * The instruction set architecture: the one instruction table ({@link vm370.s370.isa.Opcode}),
 * instruction formats and operand fields, shared by the CPU, the assembler and the disassembler.
 */
package vm370.s370.isa;
