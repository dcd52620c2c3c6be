package workbench.data;

import java.io.IOException;

/**
 * The one error this package throws about data the user supplied. The message is written for the
 * person who chose the file, not for a developer: it names the file (and the row and column where
 * that applies), says what was expected and how to fix it, so a window or the command line can show
 * it as it is. Low-level causes (a {@code ZipException}, a malformed number) are kept as the cause for
 * logs but never make up the message.
 */
public class DataFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
