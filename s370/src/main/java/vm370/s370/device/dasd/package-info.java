/**
 * Direct-access storage: CKD disks (3330, 3350, 3380) over Hercules {@code CKD_P370} images and FBA
 * disks (3310, 3370) over headerless block images, the geometry of every type, and our dasdinit.
 */
package vm370.s370.device.dasd;
