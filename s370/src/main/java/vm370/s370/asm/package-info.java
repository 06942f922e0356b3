/**
 * The S/370 assembler: Assembler H / HLASM source (machine and assembler instructions, the macro
 * language, macro libraries as folders) to an IBM-layout listing and an object deck of ESD, TXT,
 * RLD and END cards. {@link vm370.s370.asm.Assembler} is the entry point.
 */
package vm370.s370.asm;
