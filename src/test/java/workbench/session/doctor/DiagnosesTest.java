package workbench.session.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.EpochStats;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;
import workbench.engine.TrainingResult;
import workbench.engine.VariantSpec;
import workbench.session.PcaBaseline;
import workbench.session.PreparedData;

/**
 * Each diagnosis provoked on bundled data, and held clear on a sound design of the same kind: the
 * kind, the epoch, the layer where there is one, the numbers it rests on, and words that say what
 * was seen, why it matters and what to try.
 */
class DiagnosesTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;

    /** Every message says what to try, and names its kind and epoch first. */
    private static void assertActionable(Diagnosis d) {
        assertTrue(d.message().startsWith(d.kind().title() + " at epoch " + d.epoch()), d.message());
        assertTrue(d.advice().toLowerCase(java.util.Locale.ROOT).contains("try "), d.advice());
        assertFalse(d.seen().isBlank() || d.why().isBlank(), d.message());
    }

    private static void assertClear(Checkup c, DiagnosisKind kind) {
        assertFalse(c.found(kind), c.toString());
    }

    @Test
    void theIssuesCommandDiesInItsFirstEpochAndTheWeightsAreThoseItStartedWith() {
        ModelSpec design = Checkup.dense(List.of(LayerSpec.dense(128, RELU), LayerSpec.dense(64, RELU)), 32, RELU,
                ActivationFunction.SIGMOID, LossFunction.MSE, VariantSpec.plain(), null);
        Checkup c = Checkup.of(design, Checkup.training(OptimizerKind.SGD, 1e9, 256, 3));
        assertEquals(TrainingResult.Status.DEAD, c.result.status());
        assertTrue(c.result.history().isEmpty(), "the dead epoch is not kept");
        Diagnosis d = c.get(DiagnosisKind.DEAD_NETWORK);
        assertEquals(1, d.epoch());
        assertEquals("the output layer (Dense(64, Sigmoid))", d.layer());
        assertEquals(0.0, d.numbers().get("gradient_rms"));
        assertTrue(d.advice().contains("learning rate"), d.advice());
        assertTrue(c.result.message().endsWith("The weights were put back to where training started."),
                c.result.message());
        assertActionable(d);
        // the weights are the untrained model's: the same design built afresh encodes the same
        FMatrixRMaj rows = Checkup.digits().test().features();
        FMatrixRMaj fresh = new workbench.engine.Autoencoder(design.withInputShape(Checkup.digits().sampleShape()))
                .encode(rows);
        assertTrue(java.util.Arrays.equals(fresh.data, c.model.encode(rows).data), "the weights it started with");
    }

    @Test
    void aSoundDesignTrainsWithoutADiagnosis() {
        Checkup c = Checkup.of(Checkup.healthy(), Checkup.adam(10));
        assertEquals(TrainingResult.Status.COMPLETED, c.result.status());
        assertTrue(c.diagnoses.isEmpty(), c.toString());
    }

    /** wine, z-scored, through a linear 13-8-[4] design with plain SGD at {@code rate}, batches of {@code batch}. */
    private static Checkup linearWine(double rate, int batch) {
        ModelSpec linear = new ModelSpec(null, List.of(LayerSpec.dense(8, ActivationFunction.LINEAR)), 4,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 1);
        return Checkup.of(linear, Checkup.training(OptimizerKind.SGD, rate, batch, 3),
                Checkup.prepare("wine", Normalization.Kind.Z_SCORE, 0.1));
    }

    @Test
    void explodingIsNamedAtTheBatchWhereItHappensBeforeTheLossTurnsNaN() {
        for (double rate : new double[] {1.0, 2.0}) {
            for (int batch : new int[] {16, 32}) {
                Checkup c = linearWine(rate, batch);
                assertEquals(TrainingResult.Status.DIVERGED, c.result.status(), "SGD at " + rate + " ends in NaN");
                Diagnosis d = c.get(DiagnosisKind.EXPLODING);
                assertEquals(1, d.epoch());
                assertTrue(d.batch() != null && d.batch() >= 2, "found inside the epoch: " + d.message());
                assertTrue(d.numbers().get("loss") > Thresholds.EXPLODING_LOSS_FACTOR * d.numbers().get("lowest_loss"));
                assertEquals(rate, d.numbers().get("learning_rate"));
                assertTrue(d.advice().startsWith("Try a learning rate of 0.01"), "SGD's usual rate: " + d.advice());
                assertTrue(d.message().contains("batch " + d.batch()), d.message());
                assertActionable(d);
            }
        }
        Checkup sound = linearWine(0.5, 16); // noisy (one batch at 1.7 times the one before) but sound
        assertEquals(TrainingResult.Status.COMPLETED, sound.result.status());
        assertClear(sound, DiagnosisKind.EXPLODING);
    }

    @Test
    void deadReluUnitsAfterATooLargeStep() {
        Checkup c = Checkup.of(Checkup.healthy().withInitializer(Initializer.PYTORCH_DEFAULT),
                Checkup.training(OptimizerKind.ADAM, 0.1, 32, 3));
        Diagnosis d = c.get(DiagnosisKind.DEAD_RELU);
        assertEquals(Thresholds.DEAD_RELU_EPOCHS, d.epoch(), "dead at every epoch's end, said once it has lasted");
        assertTrue(d.numbers().get("dead_share") > Thresholds.DEAD_RELU_SHARE, d.numbers().toString());
        assertTrue(d.layer().contains("ReLU"), d.layer());
        assertActionable(d);
        assertEquals(TrainingResult.Status.COMPLETED, c.result.status(), "a warning, not the end");
    }

    @Test
    void saturatedTanhUnitsOnRawInputsAndNotOnStandardisedOnes() {
        ModelSpec tanh = new ModelSpec(null, List.of(LayerSpec.dense(16, ActivationFunction.TANH)), 4,
                ActivationFunction.TANH, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 1);
        PreparedData raw = Checkup.prepare("wine", Normalization.Kind.NONE, 0.1);
        Diagnosis d = Checkup.of(tanh, Checkup.adam(3), raw).get(DiagnosisKind.SATURATION);
        assertEquals(1, d.epoch());
        assertTrue(d.layer().startsWith("Encoder layer 1") || d.layer().startsWith("encoder layer 1"), d.layer());
        assertTrue(d.numbers().get("stuck_share") > Thresholds.SATURATED_LAYER_SHARE);
        assertActionable(d);
        assertClear(Checkup.of(tanh, Checkup.adam(3), Checkup.prepare("wine", Normalization.Kind.Z_SCORE, 0.1)),
                DiagnosisKind.SATURATION);
    }

    @Test
    void vanishingGradientsThroughEightSigmoidLayers() {
        List<LayerSpec> sigmoids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sigmoids.add(LayerSpec.dense(32, ActivationFunction.SIGMOID));
        }
        Checkup c = Checkup.of(Checkup.dense(sigmoids, 8, ActivationFunction.SIGMOID, ActivationFunction.SIGMOID,
                LossFunction.BCE, VariantSpec.plain(), null), Checkup.adam(2));
        Diagnosis d = c.get(DiagnosisKind.VANISHING_GRADIENTS);
        assertTrue(d.numbers().get("ratio") < Thresholds.VANISHING_RATIO, d.numbers().toString());
        assertTrue(d.layer().contains("Sigmoid"), d.layer());
        assertActionable(d);
        assertClear(Checkup.of(Checkup.healthy(), Checkup.adam(3)), DiagnosisKind.VANISHING_GRADIENTS);
    }

    @Test
    void aLearningRateTooLowIsNamedAfterThreeEpochsWithTheUsualRateToTry() {
        Checkup c = Checkup.of(Checkup.healthy(), Checkup.training(OptimizerKind.SGD, 1e-5, 32, 4));
        Diagnosis d = c.get(DiagnosisKind.LEARNING_RATE_TOO_LOW);
        assertEquals(Thresholds.LOW_RATE_EPOCHS, d.epoch());
        assertTrue(d.numbers().get("total_progress") < Thresholds.LOW_RATE_TOTAL_PROGRESS);
        assertTrue(d.advice().startsWith("Try a learning rate of 0.001"), d.advice());
        assertActionable(d);
        assertClear(Checkup.of(Checkup.healthy(), Checkup.adam(4)), DiagnosisKind.LEARNING_RATE_TOO_LOW);
    }

    @Test
    void aRateTooLowBecauseAStepScheduleCutItNamesTheSchedule() {
        // SGD from its usual 0.01, cut a hundredfold every epoch: 1e-4 in epoch 2, 1e-6 in epoch 3
        TrainingSpec cut = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(1e-2),
                new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0.01, 0), 32, 6, 0.1, 1, 0, 0, true, 0);
        Diagnosis d = Checkup.of(Checkup.healthy(), cut).get(DiagnosisKind.LEARNING_RATE_TOO_LOW);
        assertTrue(d.advice().startsWith("Try a gentler step schedule (it has cut the rate from 0.01 to "),
                d.advice());
        assertActionable(d);
    }

    @Test
    void overfittingFortyRowsWithTheEpochEarlyStoppingWouldHaveStoppedAt() {
        PreparedData digits = Checkup.digits();
        FMatrixRMaj train = digits.train().features();
        FMatrixRMaj few = new FMatrixRMaj(40, train.numCols);
        System.arraycopy(train.data, 0, few.data, 0, few.data.length);
        ModelSpec wide = Checkup.dense(List.of(LayerSpec.dense(256, RELU)), 32, RELU, ActivationFunction.SIGMOID,
                LossFunction.BCE, VariantSpec.plain(), null).withInputShape(digits.sampleShape());
        Checkup c = Checkup.of(wide, Checkup.training(OptimizerKind.ADAM, 3e-3, 8, 40), few,
                digits.validation().features());
        Diagnosis d = c.get(DiagnosisKind.OVERFITTING);
        double best = d.numbers().get("best_epoch");
        assertEquals(best + Thresholds.OVERFITTING_PATIENCE, d.numbers().get("early_stopping_epoch"));
        EpochStats bestEpoch = c.result.history().get((int) best - 1);
        assertEquals(bestEpoch.validation().objective(), d.numbers().get("best_validation_loss"), 1e-12);
        assertTrue(d.numbers().get("validation_loss") > d.numbers().get("best_validation_loss")
                * (1 + Thresholds.OVERFITTING_RISE));
        assertActionable(d);
        assertClear(Checkup.of(Checkup.healthy(), Checkup.adam(10)), DiagnosisKind.OVERFITTING);
    }

    @Test
    void worseThanPcaJudgesTheLastEpochAgainstTheBaselineOfTheCodesSize() {
        // a linear code of 8 trained by SGD at a rate far too low stays above PCA with 8 components, and stalls
        ModelSpec linear = Checkup.dense(List.of(), 8, ActivationFunction.LINEAR, ActivationFunction.SIGMOID,
                LossFunction.BCE, VariantSpec.plain(), null);
        PreparedData digits = Checkup.digits();
        Checkup slow = Checkup.of(linear, Checkup.training(OptimizerKind.SGD, 1e-4, 32, Thresholds.PCA_CROSSING_EPOCHS));
        PcaBaseline fit = PcaBaseline.fit(digits.train().features(), 8, slow.model.spec());
        PcaReference pca = new PcaReference(fit.components(), fit.testLoss(digits));
        Diagnosis d = Doctor.againstPca(slow.result.history(), slow.model.spec(), pca);
        assertTrue(d != null, "still above PCA after " + Thresholds.PCA_CROSSING_EPOCHS + " epochs");
        assertEquals(DiagnosisKind.WORSE_THAN_PCA, d.kind());
        assertEquals(Thresholds.PCA_CROSSING_EPOCHS, d.epoch());
        assertEquals(8.0, d.numbers().get("pca_components"));
        assertActionable(d);
        Checkup sound = Checkup.of(Checkup.healthy(), Checkup.adam(Thresholds.PCA_CROSSING_EPOCHS));
        PcaBaseline sixteen = PcaBaseline.fit(digits.train().features(), 16, sound.model.spec());
        assertEquals(null, Doctor.againstPca(sound.result.history(), sound.model.spec(),
                new PcaReference(sixteen.components(), sixteen.testLoss(digits))), "a sound design is below it");
        // and before the crossing epoch nothing is said, however far above
        assertEquals(null, Doctor.againstPca(slow.result.history().subList(0, 3), slow.model.spec(), pca));
    }

    @Test
    void posteriorCollapseUnderAHeavyKlWeightAndNotUnderBetaOne() {
        ModelSpec vae = Checkup.dense(List.of(LayerSpec.dense(32, RELU)), 4, ActivationFunction.LINEAR,
                ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.variational(50, 0), null);
        Diagnosis d = Checkup.of(vae, Checkup.adam(4)).get(DiagnosisKind.POSTERIOR_COLLAPSE);
        assertTrue(d.numbers().get("active_dimensions") < Thresholds.COLLAPSE_MIN_ACTIVE, d.numbers().toString());
        assertEquals(50.0, d.numbers().get("beta"));
        assertTrue(d.advice().contains("beta"), d.advice());
        assertActionable(d);
        assertClear(Checkup.of(vae.withVariant(VariantSpec.variational(1, 0)), Checkup.adam(4)),
                DiagnosisKind.POSTERIOR_COLLAPSE);
    }

    @Test
    void aSparsityTargetMissedUnderATinyWeightAndMetUnderTheUsualOne() {
        ModelSpec sparse = Checkup.dense(List.of(LayerSpec.dense(32, RELU)), 16, ActivationFunction.SIGMOID,
                ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.sparseKl(1e-6, 0.05), null);
        Diagnosis d = Checkup.of(sparse, Checkup.adam(4)).get(DiagnosisKind.SPARSITY_TARGET_MISSED);
        assertEquals(Thresholds.SPARSITY_FIRST_EPOCH, d.epoch());
        assertTrue(d.numbers().get("mean_activation") > Thresholds.SPARSITY_MISS_FACTOR * 0.05);
        assertActionable(d);
        assertClear(Checkup.of(sparse.withVariant(VariantSpec.sparseKl(0.1, 0.05)), Checkup.adam(4)),
                DiagnosisKind.SPARSITY_TARGET_MISSED);
    }

    @Test
    void theDoctorChangesNothingATrainingRunComputes() {
        Checkup watched = Checkup.of(Checkup.healthy(), Checkup.adam(3));
        workbench.engine.Autoencoder alone = new workbench.engine.Autoencoder(
                Checkup.healthy().withInputShape(Checkup.digits().sampleShape()));
        PreparedData digits = Checkup.digits();
        List<EpochStats> history = new workbench.engine.Trainer(alone, Checkup.adam(3), digits.train().features(),
                digits.validation().features()).run().history();
        for (int i = 0; i < history.size(); i++) {
            assertEquals(history.get(i).train().objective(), watched.result.history().get(i).train().objective(),
                    "epoch " + (i + 1) + "'s training loss, bit for bit");
        }
        FMatrixRMaj rows = digits.test().features();
        assertTrue(java.util.Arrays.equals(alone.encode(rows).data, watched.model.encode(rows).data), "the same weights");
    }
}
