package workbench.io;

import java.io.IOException;

/** A model or experiment file that cannot be read: the message says which, why, and what to do. */
public final class ModelFileException extends IOException {
    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
