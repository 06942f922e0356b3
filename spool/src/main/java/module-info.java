/** The spooling subsystem: durable reader, punch and printer files in H2, and the real unit-record devices. */
module vm370.spool {
    requires vm370.s370;
    requires java.sql;
    requires com.h2database;
    requires org.apache.commons.io;
    requires org.apache.pdfbox;

    exports vm370.spool;
    exports vm370.spool.file;
    exports vm370.spool.queue;
    exports vm370.spool.device;
    exports vm370.spool.command;
    exports vm370.spool.host;
}
