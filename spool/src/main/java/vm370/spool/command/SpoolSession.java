package vm370.spool.command;

import vm370.spool.device.UnitRecordDevices;

/**
 * Who issues a spool command: the user, whether they hold the spooling operator's class (D),
 * and their virtual unit-record devices. CP builds one from the logged-on virtual machine.
 */
public record SpoolSession(String userid, boolean spoolingOperator, UnitRecordDevices devices) {}
