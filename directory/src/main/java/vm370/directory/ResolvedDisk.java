package vm370.directory;

import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Extent;

/**
 * A minidisk a virtual machine gets at logon, own ({@code linked} false) or by a directory LINK:
 * where the user sees it, whose it is, and the real extent CP maps it to.
 */
public record ResolvedDisk(int vaddr, String owner, int ownerAddress, EntryStatement.Minidisk minidisk,
                           Extent extent, DiskMode mode, boolean linked) {
}
