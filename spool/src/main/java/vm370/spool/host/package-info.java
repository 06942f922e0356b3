/** x */ package vm370.spool.host;
