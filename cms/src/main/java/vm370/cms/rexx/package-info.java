/**
 * Classic REXX (ANSI X3.274-1996, the VM/SP System Product Interpreter): a program is tokenized
 * and parsed once into a flat array of clauses ({@link vm370.cms.rexx.Parser}) with expression
 * trees, then run by activations over variable pools. Pure language: it reaches the system only
 * through {@link vm370.cms.rexx.RexxHost} (console, program stack, command environments,
 * external routines), which CMS implements and {@link vm370.cms.rexx.ConsoleHost} implements on
 * a workstation for {@code vm370 rexx}.
 */
package vm370.cms.rexx;
