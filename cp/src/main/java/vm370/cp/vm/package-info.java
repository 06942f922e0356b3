/**
 * Virtual machines: each is an s370 CPU over storage CP pages, a virtual channel with CP's
 * devices on it, and one (virtual) thread that runs it while it holds a real processor.
 *
 * <p>Trap and emulate: the machine's instructions run directly on its CPU; privileged ones in its
 * virtual supervisor state are first offered to CP ({@code PrivilegedSimulator}), and in its
 * virtual problem state they raise the privileged-operation exception in the guest, as on a real
 * machine. Shadow translation: a guest that turns DAT on keeps its own segment and page tables in
 * its own storage; the CPU's translation-lookaside buffer holds the composed translation from
 * guest virtual address to CP's host frame (the role of DMKVAT's shadow tables), and it is emptied
 * whenever the guest's tables may have changed (PTLB, LCTL of CR0 or CR1, a DAT-mode change) or CP
 * takes a frame away. Paravirtual guests written in Java (CMS, RSCS) see only {@code GuestMachine}.
 *
 * <p>Between machines: VMCF (DIAGNOSE X'68'), each machine's side a {@code Vmcf}; CP moves a
 * message's data between the two storages, each on its own machine's thread.
 */
package vm370.cp.vm;
