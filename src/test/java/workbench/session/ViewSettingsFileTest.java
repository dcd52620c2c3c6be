package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presenter mode's settings in the experiment file: kept when present, optional when not. */
class ViewSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void presenterModeAndItsChoicesRoundTrip() throws IOException {
        ViewSettings view = new ViewSettings(true, Set.of("seed", "optimizer", "aControlOfANewerVersion"));
        Experiment saved = ExperimentFileTest.experiment().withView(view);
        Path file = dir.resolve("lesson.json");
        ExperimentFile.write(file, saved);
        Experiment read = ExperimentFile.read(file);
        assertEquals(saved, read);
        assertTrue(read.view().hides("seed"));
        assertFalse(read.view().hides("learningRate"));
        assertTrue(Files.readString(file).contains("\"presenterMode\" : true"));
    }

    @Test
    void aFileFromBeforePresenterModeLoadsWithoutViewAndIsWrittenWithoutOne() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"formatVersion": 1, "dataset": {"source": "iris"},
                 "model": {"encoder": [{"kind": "dense", "units": 8, "activation": "tanh"}], "latentSize": 2,
                           "mirrorDecoder": true, "outputActivation": "linear", "loss": "mse"},
                 "training": {"batchSize": 16, "epochs": 3},
                 "seed": 7}
                """);
        Experiment e = ExperimentFile.read(file);
        assertNull(e.view());
        Path again = dir.resolve("again.json");
        ExperimentFile.write(again, e);
        assertFalse(Files.readString(again).contains("view"), "the command line's files stay as they were");
    }

    @Test
    void aViewWithoutItsListHidesTheDefaults() throws IOException {
        Path file = dir.resolve("hand.json");
        Files.writeString(file, """
                {"dataset": {"source": "iris"}, "model": {"latentSize": 2},
                 "training": {"batchSize": 16, "epochs": 3}, "seed": 1,
                 "view": {"presenterMode": true}}
                """);
        ViewSettings view = ExperimentFile.read(file).view();
        assertTrue(view.presenterMode());
        assertEquals(ViewSettings.DEFAULT_HIDDEN, view.hidden());
    }

    @Test
    void nothingIsHiddenOutsidePresenterMode() {
        ViewSettings desk = ViewSettings.defaults();
        assertFalse(desk.presenterMode());
        assertTrue(desk.hidden().contains("optimizer"));
        assertFalse(desk.hides("optimizer"));
    }
}
