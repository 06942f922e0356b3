package vm370.s370.asm;

/** A symbol defined in another assembly: EXTRN, WXTRN (weak), or the target of a V-constant. */
final class ExternalSymbol implements Relocatable {

    final String name;
    final boolean weak;
    final int relocationId;
    final int esdId;

    ExternalSymbol(String name, boolean weak, int relocationId, int esdId) {
        this.name = name;
        this.weak = weak;
        this.relocationId = relocationId;
        this.esdId = esdId;
    }
}
