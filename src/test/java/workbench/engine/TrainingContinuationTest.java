package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Training continues: 10 epochs in one go and 5, then 5 more from the state the first 5 left, give
 * the same weights bit for bit, for every variant that draws random numbers and for schedules with
 * a memory. The save-and-open half of the round trip is in the io tests (ModelFileTrainingStateTest).
 */
class TrainingContinuationTest {
    private static final FMatrixRMaj DATA = TrainerTest.toyData(90, 3);
    private static final FMatrixRMaj VALIDATION = TrainerTest.toyData(20, 4);

    private static ModelSpec spec(VariantSpec variant) {
        return new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU, 0.2)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, variant, LossFunction.BCE,
                null, 7);
    }

    private static TrainingSpec training(int epochs, ScheduleSpec schedule) {
        return TrainingSpec.defaults(epochs, 5).withBatchSize(16).withSchedule(schedule)
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01));
    }

    private static List<float[]> weights(Autoencoder model) {
        List<float[]> out = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            out.add(p.value().data.clone());
        }
        return out;
    }

    private static void assertSameWeights(Autoencoder expected, Autoencoder actual, String what) {
        List<float[]> a = weights(expected);
        List<float[]> b = weights(actual);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), what + ": parameter " + i);
        }
    }

    private static void tenEqualsFivePlusFive(VariantSpec variant, ScheduleSpec schedule) {
        Autoencoder whole = new Autoencoder(spec(variant));
        TrainingResult ten = new Trainer(whole, training(10, schedule), DATA, VALIDATION).run();

        Autoencoder halves = new Autoencoder(spec(variant));
        TrainingState state = new TrainingState();
        TrainingResult first = new Trainer(halves, training(5, schedule), DATA, VALIDATION, null, null, state).run();
        Trainer second = new Trainer(halves, training(5, schedule), DATA, VALIDATION, null, first.history(), state);
        assertTrue(second.continuesOptimizer());
        TrainingResult rest = second.run();

        String what = variant.kind() + " with a " + schedule.kind() + " schedule";
        assertSameWeights(whole, halves, what);
        assertEquals(ten.history().size(), rest.history().size(), what);
        for (int e = 0; e < 10; e++) {
            assertEquals(ten.history().get(e).train().objective(), rest.history().get(e).train().objective(), 0,
                    what + ", epoch " + (e + 1));
            assertEquals(ten.history().get(e).learningRate(), rest.history().get(e).learningRate(), 0, what);
        }
        assertEquals(10 * 6, state.optimizerSteps(), "90 rows in batches of 16 are 6 steps an epoch");
    }

    @Test
    void tenEpochsEqualFiveAndFiveMoreForEveryVariantThatDrawsRandomNumbers() {
        ScheduleSpec step = new ScheduleSpec(ScheduleSpec.Kind.STEP, 3, 0.5, 0);
        tenEqualsFivePlusFive(VariantSpec.plain(), step);
        tenEqualsFivePlusFive(VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.3, true), step);
        tenEqualsFivePlusFive(VariantSpec.variational(1, 2), step);
    }

    @Test
    void aPlateauScheduleRemembersItsBestLossAcrossTheBreak() {
        tenEqualsFivePlusFive(VariantSpec.plain(), new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.5, 1e-5));
    }

    @Test
    void withoutTheStateTheOptimizerStartsAfreshAndTheWeightsDiffer() {
        ScheduleSpec constant = ScheduleSpec.constant();
        Autoencoder whole = new Autoencoder(spec(VariantSpec.plain()));
        new Trainer(whole, training(10, constant), DATA, VALIDATION).run();
        Autoencoder halves = new Autoencoder(spec(VariantSpec.plain()));
        TrainingResult first = new Trainer(halves, training(5, constant), DATA, VALIDATION).run();
        Trainer second = new Trainer(halves, training(5, constant), DATA, VALIDATION, null, first.history(), null);
        assertFalse(second.continuesOptimizer());
        second.run();
        assertNotEquals(weights(whole).get(0)[0], weights(halves).get(0)[0], "a fresh Adam restarts its moments");
    }

    @Test
    void anotherKindOfOptimizerStartsAfreshAndANewRateInTheSameKindIsTaken() {
        Autoencoder model = new Autoencoder(spec(VariantSpec.plain()));
        TrainingState state = new TrainingState();
        new Trainer(model, training(1, ScheduleSpec.constant()), DATA, null, null, null, state).run();
        assertEquals(6, state.optimizerSteps());
        TrainingSpec slower = training(1, ScheduleSpec.constant())
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.002));
        Trainer sameKind = new Trainer(model, slower, DATA, null, null, null, state);
        assertTrue(sameKind.continuesOptimizer());
        TrainingResult r = sameKind.run();
        assertEquals(12, state.optimizerSteps());
        assertEquals(0.002, r.history().get(0).learningRate(), 0);

        TrainingSpec sgd = training(1, ScheduleSpec.constant()).withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD));
        Trainer otherKind = new Trainer(model, sgd, DATA, null, null, null, state);
        assertFalse(otherKind.continuesOptimizer());
        otherKind.run();
        assertEquals(6, state.optimizerSteps());
    }

    @Test
    void aCosineScheduleContinuedIsAWarmRestartOverTheNewEpochs() {
        ScheduleSpec cosine = new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, 0);
        Autoencoder model = new Autoencoder(spec(VariantSpec.plain()));
        TrainingState state = new TrainingState();
        TrainingResult first = new Trainer(model, training(2, cosine), DATA, null, null, null, state).run();
        assertEquals(0.01, first.history().get(0).learningRate(), 1e-12);
        assertEquals(0.005, first.history().get(1).learningRate(), 1e-12);
        TrainingResult more = new Trainer(model, training(2, cosine), DATA, null, null, first.history(), state).run();
        assertEquals(0.01, more.history().get(2).learningRate(), 1e-12);
        assertEquals(0.005, more.history().get(3).learningRate(), 1e-12);
    }

    @Test
    void aDivergedRunLeavesNoStateToContinue() {
        Autoencoder model = new Autoencoder(spec(VariantSpec.plain()));
        TrainingState state = new TrainingState();
        TrainingSpec wild = training(3, ScheduleSpec.constant())
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(1e30));
        TrainingResult r = new Trainer(model, wild, DATA, null, null, null, state).run();
        assertEquals(TrainingResult.Status.DIVERGED, r.status());
        assertTrue(state.isEmpty(), "moments that may hold NaN are not carried on");
    }
}
