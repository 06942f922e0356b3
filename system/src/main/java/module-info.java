/** The launcher: configuration, the vm370 command line, and the composition root that wires the system. */
module vm370.system {
    requires vm370.s370;
    requires vm370.directory;
    requires vm370.spool;
    requires vm370.terminals;
    requires vm370.cp;
    requires vm370.cms;
    requires vm370.rscs;
    requires info.picocli;
    requires com.googlecode.lanterna;
    requires org.apache.commons.io;

    opens vm370.system.cli to info.picocli;
}
