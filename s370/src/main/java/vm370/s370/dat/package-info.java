/** Dynamic address translation: segment and page tables in real storage, 2K/4K pages, 64K/1M segments. */
package vm370.s370.dat;
