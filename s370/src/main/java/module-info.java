/**
 * The S/370 machine (GA22-7000): storage, CPU, DAT, interruptions, timers, channels, device models,
 * the instruction table shared by CPU, assembler and disassembler. It knows nothing of CP.
 */
module vm370.s370 {
    requires java.management;
    requires org.objectweb.asm;

    exports vm370.s370.asm;
    exports vm370.s370.bench;
    exports vm370.s370.channel;
    exports vm370.s370.cpu;
    exports vm370.s370.dat;
    exports vm370.s370.device;
    exports vm370.s370.device.console;
    exports vm370.s370.device.dasd;
    exports vm370.s370.device.display;
    exports vm370.s370.device.line;
    exports vm370.s370.device.unitrecord;
    exports vm370.s370.ipl;
    exports vm370.s370.isa;
    exports vm370.s370.loader;
    exports vm370.s370.machine;
    exports vm370.s370.storage;
    exports vm370.s370.text;
    exports vm370.s370.time;
}
