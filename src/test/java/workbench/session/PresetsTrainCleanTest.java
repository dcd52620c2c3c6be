package workbench.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbench.data.DatasetRegistry;
import workbench.engine.TrainingResult;
import workbench.session.doctor.Diagnosis;
import workbench.session.doctor.PcaReference;

/**
 * Every preset trains without a false alarm from the training doctor, held to the PCA baseline of
 * its code's size as the window holds it. The presets are the sound designs the lessons show: a
 * warning on one of them teaches the class something false.
 *
 * <p>The suite shortens the schedules: a dense preset trains {@link #SUITE_EPOCHS} epochs, enough
 * for the rules that need a few epoch ends (dead ReLU units must last 3), and a convolutional one
 * a single epoch, where the deaths, explosions and saturation of a bad start show (an epoch of the
 * Keras design takes about 6 s on two cores, of the denoising one about 15 s). With
 * {@code -Dpresets.epochs=full} each trains for its own default (20 to 100 epochs, about 11
 * minutes in all), as the README reports.
 */
class PresetsTrainCleanTest {
    /** Epochs per dense preset in the default suite. */
    static final int SUITE_EPOCHS = 3;

    static Stream<Preset> presets() {
        return Presets.all().stream();
    }

    private static int epochs(Preset preset) {
        int own = preset.experiment().training().epochs();
        if ("full".equals(System.getProperty("presets.epochs"))) {
            return own;
        }
        return preset.experiment().model().isConvolutional() ? 1 : Math.min(own, SUITE_EPOCHS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void trainsWithoutAWarning(Preset preset) throws IOException {
        Experiment e = preset.experiment();
        Experiment run = new Experiment(e.dataset(), e.model(), e.training().withEpochs(epochs(preset)), e.seed());
        PreparedData data = new DataPreparation(new DatasetRegistry()).prepare(run.dataset(),
                run.training().validationFraction(), run.seed());
        long start = System.nanoTime();
        try (ModelHost host = new ModelHost(ModelHost.Parts.fresh(run, data))) {
            PcaBaseline pca = host.query(m -> PcaBaseline.fit(data, m)).join();
            host.holdToPca(new PcaReference(pca.components(), pca.testLoss(data)));
            TrainingResult result = host.trainAndWait(run, List.of()).result();
            List<Diagnosis> said = host.diagnoses();
            System.out.printf("%s: %d epochs in %.1f s, %s%n", preset.title(), result.history().size(),
                    (System.nanoTime() - start) / 1e9, said.isEmpty() ? "clean" : said.size() + " warnings");
            assertFalse(result.failed(), result.message()); // completed, or stopped early as the anomaly preset asks
            assertTrue(said.isEmpty(), preset.title() + " after " + result.history().size() + " epochs:\n"
                    + said.stream().map(Diagnosis::message).collect(Collectors.joining("\n")));
        }
    }
}
