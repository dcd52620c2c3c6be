package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The normal classes in experiment files: kept, and absent from (and in) files written before them. */
class NormalClassesFileTest {
    @TempDir
    Path dir;

    private static Experiment anomalyPreset() {
        return Presets.all().stream().filter(p -> p.title().startsWith("Anomaly detection")).findFirst()
                .orElseThrow().experiment();
    }

    @Test
    void theChoiceSurvivesAFile() throws IOException {
        Path file = dir.resolve("e.json");
        ExperimentFile.write(file, anomalyPreset());
        Experiment back = ExperimentFile.read(file);
        assertEquals(List.of("benign"), back.dataset().normalClasses());
        assertEquals(anomalyPreset(), back);
    }

    @Test
    void aFileWithoutTheFieldTrainsOnEveryClassAndNoChoiceWritesNoField() throws IOException {
        Experiment e = anomalyPreset();
        Experiment all = new Experiment(new DatasetRef(e.dataset().source(), e.dataset().normalization()), e.model(),
                e.training(), e.seed());
        Path file = dir.resolve("old.json");
        ExperimentFile.write(file, all);
        String text = Files.readString(file);
        assertFalse(text.contains("normalClasses"), "files without a choice look as they did: " + text);
        assertNull(ExperimentFile.read(file).dataset().normalClasses());
    }
}
