/**
 * XEDIT, the full-screen editor of CMS, in three layers: an engine independent of any terminal
 * ({@link vm370.cms.xedit.Editor}: the ring of files held in storage, targets, subcommands, prefix
 * commands, SET/QUERY/EXTRACT, REXX macros), a screen layer that renders the XEDIT screen as a 3270
 * data stream and reads back what the user keyed ({@link vm370.cms.xedit.XeditScreen}), and the
 * sessions that drive them: full screen through DIAGNOSE X'58', or the line-mode subset on a 3215.
 */
package vm370.cms.xedit;
