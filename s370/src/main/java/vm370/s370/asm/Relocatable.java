package vm370.s370.asm;

/** What a relocation id stands for: a control or dummy section, or an external symbol. */
sealed interface Relocatable permits Section, ExternalSymbol {
}
