package vm370.s370.asm;

import java.util.List;

/**
 * What an assembly produced: the return code (0, 4, 8, 12 or 16, the worst severity), the
 * diagnostics in statement order, the listing text and the object deck (80-byte EBCDIC cards).
 */
public record AssemblyResult(int returnCode, List<Diagnostic> diagnostics, String listing, byte[] objectDeck,
        int statements) {
}
