package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a shell user expects of a command line (issue 16, item 6): suggestions for typos, and completion. */
class CommandLineConventionsTest {

    @Test
    void aMistypedOptionGetsTheCloseOnesSuggested() {
        CommandRun run = CommandRun.of(List.of("train", "--out", "x", "--layer", "12"));
        run.assertRefusedInOneLine("Unknown options: '--layer', '12'. Did you mean --layers");
        assertTrue(run.err().endsWith("See 'workbench train --help'." + System.lineSeparator()), run.err());
    }

    @Test
    void aMistypedCommandGetsTheCommandSuggested() {
        CommandRun.of(List.of("trian")).assertRefusedInOneLine("'trian'. Did you mean train?");
        CommandRun.of(List.of("evalute")).assertRefusedInOneLine("Did you mean evaluate?");
    }

    @Test
    void aWordNothingIsCloseToGetsNoSuggestion() {
        CommandRun run = CommandRun.of(List.of("train", "--out", "x", "--zzzzzz"));
        run.assertRefusedInOneLine("Unknown option: '--zzzzzz'. See 'workbench train --help'.");
    }

    @Test
    void completionPrintsABashScriptThatKnowsTheCommandsAndTheirOptions() {
        CommandRun run = CommandRun.of(List.of("completion"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        assertTrue(run.out().contains("complete -F _complete_workbench"), "registers the function for 'workbench'");
        for (String word : List.of("train", "evaluate", "datasets", "bench", "--layers", "--latent", "--model")) {
            assertTrue(run.out().contains(word), "completes " + word);
        }
    }
}
