package vm370.cms.nucleus;

/**
 * The outcome of a nucleus step that produces a value for a command: the value, or the failure
 * (return code and message) the command ends with: for commands what {@code FsResult} is for the file system.
 */
public sealed interface CmsResult<T> {

    /** The step succeeded. */
    record Done<T>(T value) implements CmsResult<T> {
    }

    /** The step failed; the command ends with this. */
    record Failed<T>(FileIo.Failure failure) implements CmsResult<T> {
    }

    /** The failure of a failed result; asking a successful one is a broken invariant. */
    default FileIo.Failure failure() {
        return switch (this) {
            case Done<T> d -> throw new IllegalStateException("result: done (expected: a failure)");
            case Failed<T> f -> f.failure();
        };
    }
}
