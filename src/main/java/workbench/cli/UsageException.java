package workbench.cli;

/** A mistake in what the user asked for: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
