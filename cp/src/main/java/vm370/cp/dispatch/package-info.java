/** Dispatching and scheduling: the real processors handed out to virtual machines. */
package vm370.cp.dispatch;
