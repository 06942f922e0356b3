/** placeholder */ package vm370.spool;
