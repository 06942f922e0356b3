/**
 * The spooling subsystem's entry points: {@link vm370.spool.SpoolSystem} (store, queues, commands,
 * real devices) and the spool benchmark. Layers below: {@code file} (durable files), {@code queue}
 * (ids, limits, queues), {@code device} (virtual reader, punch, printer), {@code command} (command
 * logic), {@code host} (hopper, printer and punch output on the host).
 *
 * <p>Durability, as a VM/370 user sees it: a file exists once CLOSE has returned (its attributes and
 * records are appended to the spool journal and synced to the disk before CLOSE returns, then committed
 * to H2 together, so a kill -9 at any moment loses no closed file and never shows half a file). Open files live in
 * their device's memory until CLOSE. Files still open when the system stops are purged by the warm
 * start, as VM/370's warm start did with files that had no checkpointed close; a purge not yet
 * committed at a crash brings its file back rather than losing anything. Real printers and punches
 * write their output before purging, so a crash may print a file twice but never drops it.
 *
 * <p>How CP's channel side maps the device outcomes: a reader's RECORD ends with channel end and
 * device end, END_OF_FILE adds unit exception, NOT_READY is unit check with intervention required;
 * a punch's or printer's COMMAND_REJECT is unit check with command reject, a full spool is unit
 * check with intervention required and the user sees the DMKCKS509E/510E message.
 */
package vm370.spool;
