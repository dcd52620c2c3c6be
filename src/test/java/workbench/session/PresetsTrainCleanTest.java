package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * <p>The suite trains each for at most {@link #SUITE_EPOCHS} epochs (the presets' defaults run
 * from 20 to 100, minutes on two cores); {@code -Dpresets.epochs=full} trains each for its own
 * default, as the stop note reports.
 */
class PresetsTrainCleanTest {
    /** Epochs per preset in the default suite: enough for every epoch-end rule that needs a few epochs to judge. */
    static final int SUITE_EPOCHS = 5;

    static Stream<Preset> presets() {
        return Presets.all().stream();
    }

    private static int epochs(Preset preset) {
        int own = preset.experiment().training().epochs();
        return "full".equals(System.getProperty("presets.epochs")) ? own : Math.min(own, SUITE_EPOCHS);
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
            assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
            assertTrue(said.isEmpty(), preset.title() + " after " + result.history().size() + " epochs:\n"
                    + said.stream().map(Diagnosis::message).collect(Collectors.joining("\n")));
        }
    }
}
