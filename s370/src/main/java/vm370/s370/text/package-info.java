/** Character codes of the machine: EBCDIC code pages shared by every module. */
package vm370.s370.text;
