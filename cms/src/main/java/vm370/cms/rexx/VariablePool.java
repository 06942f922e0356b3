package vm370.cms.rexx;

/**
 * A running program's variables as host commands see them (the EXECCOMM shared-variable
 * interface of CMS): direct names, upper-case, with tails already substituted ({@code STEM.3}).
 */
public interface VariablePool {

    /** The value, or null when the variable is unset. */
    String get(String name);

    void set(String name, String value);

    void drop(String name);
}
