/** 3270 data stream, TN3270(E) and line-mode telnet servers, and the Lanterna 3270 emulator. */
module vm370.terminals {
    requires transitive vm370.s370;
    requires com.googlecode.lanterna;
    requires java.desktop;

    exports vm370.terminals;
    exports vm370.terminals.datastream;
    exports vm370.terminals.screen;
    exports vm370.terminals.bench;
    exports vm370.terminals.emulator;
    exports vm370.terminals.tn3270 to vm370.system;
}
