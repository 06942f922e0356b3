package vm370.s370.asm;

import vm370.s370.isa.Opcode;

/**
 * What an operation field names in ordinary assembly: a machine instruction, an extended branch
 * mnemonic or an assembler instruction. A macro or an undefined name is none of these.
 */
sealed interface Operation permits Operation.Machine, ExtendedMnemonic, Directive {

    /** A machine instruction, as the one instruction table gives it. */
    record Machine(Opcode opcode) implements Operation {
    }
}
