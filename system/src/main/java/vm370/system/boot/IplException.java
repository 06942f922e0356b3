package vm370.system.boot;

/** An IPL that could not complete, with CP's message saying why (the port taken, the operator missing). */
public final class IplException extends Exception {

    public IplException(String message, Throwable cause) {
        super(message, cause);
    }
}
