package vm370.cms.nucleus;

import java.util.List;

/** What CP answered a command CMS gave it with DIAGNOSE 08: its return code and its response lines. */
public record CpResponse(int returnCode, List<String> lines) {

    public CpResponse {
        lines = List.copyOf(lines);
    }
}
