/** x */ package vm370.spool.command;
