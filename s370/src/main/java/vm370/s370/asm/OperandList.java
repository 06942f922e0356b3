package vm370.s370.asm;

import java.util.ArrayList;
import java.util.List;

/** Splits an operand field at the commas that are outside quotes and parentheses. */
final class OperandList {

    private OperandList() {
    }

    static List<String> split(String operands) {
        List<String> out = new ArrayList<>(4);
        if (operands.isEmpty()) {
            return out;
        }
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < operands.length(); i++) {
            char c = operands.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    if (i + 1 < operands.length() && operands.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '\'') {
                quoted = !SourceText.isAttributeQuote(operands, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(operands.substring(start, i));
                start = i + 1;
            }
        }
        out.add(operands.substring(start));
        return out;
    }
}
