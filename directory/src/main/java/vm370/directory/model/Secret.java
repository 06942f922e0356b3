package vm370.directory.model;

/**
 * A password operand of USER or MDISK: clear text as the source gives it (only between parsing
 * and DIRECTXA, which hashes it), a stored hash, or one of the keywords that stand for no password.
 */
public sealed interface Secret {

    /** The operand as the directory source writes it. */
    String render();

    /** A clear-text password, 1 to 8 characters, upper case. Never stored or exported. */
    record Clear(String text) implements Secret {
        @Override
        public String render() {
            return text;
        }

        @Override
        public String toString() {
            return "Clear[********]";
        }
    }

    /** A salted hash in the form {@code PasswordHasher} writes; DIRECTXA accepts it back as is. */
    record Hashed(String encoded) implements Secret {
        @Override
        public String render() {
            return encoded;
        }
    }

    /** The password keywords: USER takes the first four, MDISK takes {@code ALL}. */
    enum Keyword implements Secret {
        /** The user can never log on (a spool-only or disk-owning id). */
        NOLOG,
        /** Logs on without a password. */
        NOPASS,
        /** Logs on only when AUTOLOGged. */
        AUTOONLY,
        /** Logs on only by LOGON BY from a user that the entry's LOGONBY names. */
        LBYONLY,
        /** On MDISK: anyone may link at that level without a password. */
        ALL;

        @Override
        public String render() {
            return name();
        }
    }
}
