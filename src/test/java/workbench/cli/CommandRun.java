package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import workbench.data.DatasetRegistry;

/** One run of the command line as a script makes it: the exit code and what went to stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(List<String> args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = WorkbenchCommand.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DatasetRegistry());
        return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Exit code 2 and exactly one line on stderr, an error containing {@code expectedPart}, no stack trace. */
    void assertRefusedInOneLine(String expectedPart) {
        assertEquals(WorkbenchCommand.EXIT_USAGE, exitCode, err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + err);
        assertTrue(lines.get(0).startsWith("error: "), err);
        assertTrue(lines.get(0).contains(expectedPart), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }
}
