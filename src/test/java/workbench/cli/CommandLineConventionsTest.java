package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.Json;

/** What a shell user expects of a command line (issue 16, item 6): suggestions for typos, and completion. */
class CommandLineConventionsTest {
    @TempDir
    Path dir;

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

    @Test
    void jsonLinesGiveEveryEpochAsHistoryCsvHasItAndTheTestMetricsAsMetricsJsonHasThem() throws Exception {
        Path folder = dir.resolve("run");
        CommandRun run = CommandRun.of(List.of("train", "--dataset", "digits-8x8", "--layers", "16", "--latent", "4",
                "--epochs", "3", "--log-format", "jsonl", "--out", folder.toString()));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        List<String> history = Files.readAllLines(folder.resolve("history.csv"));
        assertEquals("epoch,train_loss,val_loss,seconds", history.get(0));
        for (int e = 1; e <= 3; e++) {
            JsonNode epoch = Json.mapper().readTree(lines.get(e - 1));
            String[] csv = history.get(e).split(",");
            assertEquals(List.of("epoch", "train_loss", "val_loss", "seconds"), fieldNames(epoch));
            assertEquals(e, epoch.get("epoch").asInt());
            for (int c = 1; c <= 3; c++) {
                assertEquals(Double.parseDouble(csv[c]), epoch.get(history.get(0).split(",")[c]).asDouble(), 1e-9,
                        "epoch " + e + ", column " + c);
            }
        }
        JsonNode last = Json.mapper().readTree(lines.get(3));
        JsonNode metrics = Json.mapper().readTree(folder.resolve("metrics.json").toFile());
        assertEquals(metrics.get("test"), last.get("test"));
        assertEquals(metrics.get("knn_accuracy"), last.get("knn_accuracy"));
        assertTrue(run.err().contains("wrote " + folder), run.err());
    }

    @Test
    void textModeKeepsProgressOnStderrAndPutsTheSummaryOnStdout() {
        Path folder = dir.resolve("text");
        CommandRun run = CommandRun.of(List.of("train", "--dataset", "digits-8x8", "--layers", "16", "--latent", "4",
                "--epochs", "1", "--out", folder.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("epoch   1/1"), run.err());
        assertTrue(run.out().startsWith("test: loss "), run.out());
        assertTrue(run.out().endsWith("wrote " + folder + System.lineSeparator()), run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theVersionIsThePomsWithTheJavaAndTheKernelInUse() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>autoencoder-workbench</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "the pom names the project's version");
        for (List<String> args : List.of(List.of("-V"), List.of("train", "--version"))) {
            CommandRun run = CommandRun.of(args);
            assertEquals(0, run.exitCode(), run.err());
            List<String> lines = run.out().lines().toList();
            assertEquals("Autoencoder Workbench " + pom.group(1), lines.get(0));
            assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version")), lines.get(1));
            assertTrue(lines.get(2).startsWith("products: "), lines.get(2));
        }
    }

    @Test
    void trainsHelpGroupsItsOptionsUnderHeadingsAndLosesNone() {
        CommandRun run = CommandRun.of(List.of("train", "--help"));
        assertEquals(0, run.exitCode(), run.err());
        String help = run.out();
        int at = -1;
        for (String heading : List.of("Start from:", "Data:", "Model:", "Variant:", "Training:", "Output:", "Other:")) {
            int next = help.indexOf(System.lineSeparator() + heading + System.lineSeparator());
            assertTrue(next > at, heading + " after the one before: " + help);
            at = next;
        }
        // each option once, and a new option with no heading would still show under Other
        for (String option : List.of("--dataset", "--layers", "--variant", "--lr", "--out", "--log-format", "--help")) {
            // an option's own line: the name, its label, then two spaces or more before the description
            Pattern own = Pattern.compile("\\s+(-\\w, )?" + Pattern.quote(option) + "(=\\S+)?(\\s{2,}.*)?");
            assertEquals(1, help.lines().filter(l -> own.matcher(l).matches()).count(), option + " listed once");
        }
        int lr = help.indexOf("      --lr=X ");
        assertTrue(lr > help.indexOf("Training:") && lr < help.indexOf("Output:"), "--lr under Training");
    }
}
