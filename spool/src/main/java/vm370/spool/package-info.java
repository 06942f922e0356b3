/**
 * The spooling subsystem's entry points: {@link vm370.spool.SpoolSystem} (store, queues, commands,
 * real devices) and the spool benchmark. Layers below: {@code file} (durable files), {@code queue}
 * (ids, limits, queues), {@code device} (virtual reader, punch, printer), {@code command} (command
 * logic), {@code host} (hopper, printer and punch output on the host).
 */
package vm370.spool;
