package vm370.s370.asm;

/**
 * One parsed DC or DS operand: duplication factor, type, and one item per nominal value. Items of
 * data types carry their bytes (made in pass 1); address items (A, Y, V, S) carry the expression
 * that pass 2 evaluates.
 */
record Constant(int duplication, char type, boolean explicitLength, int alignment, Item[] items) {

    /** One nominal value: its length and either its bytes or its address expression. */
    record Item(int length, byte[] bytes, String expression) {
    }

    /** The length of one copy (all items). */
    int unitLength() {
        int sum = 0;
        for (Item item : items) {
            sum += item.length();
        }
        return sum;
    }

    int totalLength() {
        return duplication * unitLength();
    }

    /** The length attribute a symbol naming this operand gets. */
    int lengthAttribute() {
        return items[0].length();
    }
}
