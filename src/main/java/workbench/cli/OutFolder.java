package workbench.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The folder an {@code --out} option names, checked before any work: one rule for every command that writes. */
final class OutFolder {
    private OutFolder() {
    }

    /**
     * @param text    what the user gave
     * @param example a folder to suggest, such as "runs/a"
     * @throws UsageException for an empty name (it would write into the working folder), a name the
     *                        system's file names cannot hold, or one that is no path at all
     */
    static Path parse(String text, String example) {
        if (text == null || text.isBlank()) {
            throw new UsageException("--out names no folder: give the folder for the files, such as --out " + example);
        }
        // a name the system's file-name encoding cannot hold is written as '?' without a word (LANG=C, "out ü")
        String encoding = System.getProperty("sun.jnu.encoding");
        if (encoding != null && Charset.isSupported(encoding) && !Charset.forName(encoding).newEncoder().canEncode(text)) {
            throw new UsageException("--out '" + text + "' has characters this system's file names cannot hold ("
                    + encoding + "): choose a name of plain letters and digits, or set a UTF-8 locale (LANG=C.UTF-8)");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("--out '" + text + "' is not a folder name this system can use: " + e.getReason());
        }
    }
}
