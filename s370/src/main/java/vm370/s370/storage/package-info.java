/** Main storage and storage keys (GA22-7000, "Storage"). */
package vm370.s370.storage;
