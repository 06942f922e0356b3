/**
 * User programs under CMS: TEXT decks linked into guest storage at X'20000' (LOAD, INCLUDE, START,
 * GENMOD, MODULE files, RUN), run on the virtual machine's own CPU, and served through SVC 202 with
 * the CMS functions (file system, console, unit record) their macros call; the CMSLIB MACLIB,
 * MACLIB/TXTLIB files, GLOBAL, and ASSEMBLE. The nucleus is reached only through {@link
 * vm370.cms.program.ProgramHost}.
 */
package vm370.cms.program;
