package vm370.cp.config;

import java.util.List;

/** A SYSTEM CONFIG that cannot be used: every error found, each naming its file and line. */
public final class ConfigException extends Exception {

    private final List<String> errors;

    public ConfigException(List<String> errors) {
        super(String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
