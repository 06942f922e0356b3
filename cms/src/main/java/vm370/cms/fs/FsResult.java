package vm370.cms.fs;

/** The outcome of a file-system operation that produces a value: the value, or the code saying why not. */
public sealed interface FsResult<T> {

    /** The operation succeeded. */
    record Done<T>(T value) implements FsResult<T> {
    }

    /** The operation failed; nothing changed on the disk. */
    record Failed<T>(FsCode code) implements FsResult<T> {
        public Failed {
            if (code == FsCode.OK) {
                throw new IllegalArgumentException("failure code: OK (expected: an error)");
            }
        }
    }

    /** The code: OK when done. */
    default FsCode code() {
        return switch (this) {
            case Done<T> d -> FsCode.OK;
            case Failed<T> f -> f.code();
        };
    }

    /** The value of a successful result; a failure is a broken invariant here. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> d -> d.value();
            case Failed<T> f -> throw new IllegalStateException("file system: " + f.code());
        };
    }
}
