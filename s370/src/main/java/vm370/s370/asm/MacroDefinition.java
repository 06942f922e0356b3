package vm370.s370.asm;

import java.util.List;
import java.util.Map;

/**
 * A macro definition: the prototype (name-field parameter, positional parameters, keyword
 * parameters with defaults), the body's statements, and where its sequence symbols are.
 */
record MacroDefinition(String name, String labelParameter, List<String> positional,
        Map<String, String> keywords, List<SourceLine> body, Map<String, Integer> sequences) {
}
