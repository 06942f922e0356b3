package vm370.s370.asm;

import java.util.List;
import vm370.s370.loader.Loader;

/** Test helper: assembles source given as text and reads back the assembled bytes. */
final class Sources {

    private Sources() {
    }

    static AssemblyResult assemble(String source) {
        return new Assembler(List.of()).assemble("TEST", source.lines().toList());
    }

    /** The storage image of a successful assembly linked at address 0. */
    static byte[] image(String source) {
        AssemblyResult result = assemble(source);
        if (result.returnCode() != 0) {
            throw new AssertionError("return code " + result.returnCode() + ": " + result.diagnostics());
        }
        return Loader.link(List.of(result.objectDeck()), 0).image();
    }

    static String hex(byte[] bytes, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            sb.append(String.format("%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** The ids of the diagnostics, in order. */
    static List<String> ids(AssemblyResult result) {
        return result.diagnostics().stream().map(Diagnostic::id).toList();
    }
}
