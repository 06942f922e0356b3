/**
 * The CMS file system: minidisks in the Enhanced Disk Format (EDF) of VM/SP and z/VM, byte for byte
 * as shared/reference/cms-edf.md gives it. Pure logic over a {@link vm370.cms.fs.BlockDevice}: in
 * memory, over Hercules image files, and (later) over CP's DIAGNOSE block I/O. It knows nothing of CP.
 *
 * <p>Layers: {@code BlockDevice} (numbered blocks) → {@code DiskLabel}, {@code FileStatus},
 * {@code AllocationMap}, {@code PointerTree} (the on-disk structures) → {@code CmsDisk} (a mounted
 * disk: directory, commit) → {@code RecordWriter}/{@code RecordReader} (records of one file).
 */
package vm370.cms.fs;
