package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** 200 samples of 8 values in [0, 1] lying near a 2-D surface: easy to learn, quick to train. */
    static FMatrixRMaj toyData(int rows, long seed) {
        FMatrixRMaj a = GradientCheck.uniform(rows, 2, seed, 0, 1);
        FMatrixRMaj x = new FMatrixRMaj(rows, 8);
        for (int r = 0; r < rows; r++) {
            float u = a.get(r, 0);
            float v = a.get(r, 1);
            for (int j = 0; j < 8; j++) {
                x.set(r, j, (float) (0.5 + 0.4 * Math.sin(u * (j + 1) + v * (8 - j))));
            }
        }
        return x;
    }

    static ModelSpec toySpec(VariantSpec variant) {
        return new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, variant, LossFunction.BCE,
                null, 7);
    }

    static TrainingSpec toyTraining(int epochs) {
        return new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01),
                ScheduleSpec.constant(), 16, epochs, 0, 3, 0, 0, true, 0);
    }

    @Test
    void lossFallsOnEveryVariant() {
        for (VariantSpec variant : List.of(VariantSpec.plain(), VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.2, false),
                VariantSpec.sparseL1(1e-3), VariantSpec.variational(1.0, 2))) {
            Autoencoder model = new Autoencoder(toySpec(variant));
            FMatrixRMaj data = toyData(200, 1);
            double before = model.evaluate(data, 0).reconstructionMean();
            TrainingResult result = new Trainer(model, toyTraining(20), data, null).run();
            assertEquals(TrainingResult.Status.COMPLETED, result.status());
            assertEquals(20, result.history().size());
            double after = model.evaluate(data, 19).reconstructionMean();
            assertTrue(after < before * 0.97, variant.kind() + ": " + before + " -> " + after);
        }
    }

    @Test
    void sameSeedSameWeightsBitForBit() {
        float[] first = trainAndFlatten(5, 3);
        float[] second = trainAndFlatten(5, 3);
        assertArrayEquals(first, second);
        assertFalse(java.util.Arrays.equals(first, trainAndFlatten(5, 4)), "another seed gives other weights");
    }

    private static float[] trainAndFlatten(long modelSeed, long trainingSeed) {
        Autoencoder model = new Autoencoder(toySpec(VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.1, true))
                .withSeed(modelSeed));
        TrainingSpec t = toyTraining(3);
        t = new TrainingSpec(t.optimizer(), t.schedule(), t.batchSize(), t.epochs(), 0, trainingSeed, 0, 0, true, 0);
        new Trainer(model, t, toyData(100, 1), toyData(20, 2)).run();
        List<Float> all = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                all.add(p.value().data[i]);
            }
        }
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }

    @Test
    void aDivergenceCausedByAWeightFarOutOfRangeNamesThatWeightNotTheRate() {
        // issue 13, finding 9: --weight-decay 1e300 was blamed on the learning rate
        ModelSpec spec = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 7);
        TrainingSpec decay = toyTraining(5).withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD)
                .withLearningRate(0.01).withRegularization(1e300, 0));
        TrainingResult result = new Trainer(new Autoencoder(spec), decay, toyData(200, 1), null).run();
        assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
        assertTrue(result.message().contains("The weight decay (1.00e+300) is far beyond"), result.message());

        // and --beta 1e308 on a VAE
        ModelSpec vae = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, VariantSpec.variational(1e308, 0),
                LossFunction.MSE, null, 7);
        TrainingResult heavy = new Trainer(new Autoencoder(vae), toyTraining(5), toyData(200, 1), null).run();
        assertEquals(TrainingResult.Status.DIVERGED, heavy.status(), heavy.message());
        assertTrue(heavy.message().contains("The KL weight beta (1.00e+308) is far beyond"), heavy.message());
    }

    @Test
    void divergenceStopsWithAMessageAndKeepsTheLastSoundWeights() {
        ModelSpec spec = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 7);
        Autoencoder model = new Autoencoder(spec);
        TrainingSpec t = toyTraining(50).withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(50));
        FMatrixRMaj data = toyData(200, 1);
        TrainingResult result = new Trainer(model, t, data, null).run();
        assertEquals(TrainingResult.Status.DIVERGED, result.status());
        assertTrue(result.message().startsWith("Training diverged at epoch "), result.message());
        assertTrue(result.message().contains("learning rate (50.0)"), result.message());
        // 5,000 times SGD's usual rate: the usual one is what to try, not a tenth (issue 13, finding 9)
        assertTrue(result.message().contains("try 0.0100"), result.message());
        for (Parameter p : model.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                assertTrue(Float.isFinite(p.value().data[i]), "weights restored to finite values");
            }
        }
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        Autoencoder model = new Autoencoder(toySpec(VariantSpec.plain()));
        // a learning rate so small that validation barely moves: no epoch improves by minDelta
        TrainingSpec t = toyTraining(30).withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(1e-6))
                .withEarlyStopping(3, 0.01, true);
        TrainingResult result = new Trainer(model, t, toyData(100, 1), toyData(30, 2)).run();
        assertEquals(TrainingResult.Status.STOPPED_EARLY, result.status());
        assertEquals(4, result.history().size(), "best at epoch 1, then 3 without improvement");
        assertEquals(1, result.bestEpoch());
    }

    /**
     * The trainer's own thread reports what it has done while it is paused: the control's
     * while-paused work runs only there and only then, so each look is taken at a batch boundary
     * with no clock involved.
     */
    @Test
    void pauseHoldsBeforeTheNextBatchStepsRunOneBatchOrTheEpochAndResumeGoesOnWhereItStopped() throws Exception {
        Autoencoder model = new Autoencoder(toySpec(VariantSpec.plain()));
        List<String> batches = Collections.synchronizedList(new ArrayList<>());
        // the boundary hears when the trainer is really held, and how many batches it had run by then
        BlockingQueue<Integer> heldAfter = new LinkedBlockingQueue<>();
        TrainingControl control = new TrainingControl(new BatchBoundary() {
            @Override
            public void serve() {
            }

            @Override
            public void held(boolean isHeld) {
                if (isHeld) {
                    heldAfter.add(batches.size());
                }
            }
        });
        Trainer trainer = new Trainer(model, toyTraining(1000), toyData(64, 1), null, control, null);
        CountDownLatch threeMoreEpochs = new CountDownLatch(12);
        trainer.addListener(new TrainingListener() {
            @Override
            public void batchEnded(int epoch, int batch, int perEpoch, LossBreakdown loss, double lr) {
                batches.add(epoch + "." + batch);
                if (batches.size() > 4) {
                    threeMoreEpochs.countDown();
                }
            }
        });
        control.pause();
        AtomicReference<TrainingResult> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(trainer.run()));
        thread.start();

        assertEquals(0, takeGuarded(heldAfter), "paused before the first batch");
        control.stepBatch();
        assertEquals(1, takeGuarded(heldAfter), "exactly one batch stepped");
        control.stepEpoch();
        assertEquals(4, takeGuarded(heldAfter), "stepping an epoch finishes the current one (4 batches of 16)");
        control.resume();
        assertTrue(threeMoreEpochs.await(60, TimeUnit.SECONDS), "guard: training goes on after resume");
        control.cancel();
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(thread.isAlive(), "guard: the trainer stops once cancelled");

        assertEquals(TrainingResult.Status.CANCELLED, result.get().status());
        List<String> done = List.copyOf(batches);
        assertTrue(done.size() >= 16, "resumed: " + done);
        for (int i = 0; i < done.size(); i++) {
            assertEquals((i / 4 + 1) + "." + (i % 4 + 1), done.get(i), "every batch once, in order, no gap: " + done);
        }
    }

    /** A guard against a hang, not a measurement: the answer comes as soon as the trainer is paused. */
    private static int takeGuarded(BlockingQueue<Integer> queue) throws InterruptedException {
        Integer value = queue.poll(60, TimeUnit.SECONDS);
        assertNotNull(value, "the paused trainer did not run its while-paused work");
        return value;
    }

    @Test
    void learningRateChangeTakesEffectAtTheNextBatch() throws Exception {
        Autoencoder model = new Autoencoder(toySpec(VariantSpec.plain()));
        TrainingControl control = new TrainingControl();
        Trainer trainer = new Trainer(model, toyTraining(2), toyData(64, 1), null, control, null);
        List<Double> rates = new ArrayList<>();
        trainer.addListener(new TrainingListener() {
            @Override
            public void batchEnded(int epoch, int batch, int perEpoch, LossBreakdown loss, double lr) {
                rates.add(lr);
                if (rates.size() == 2) {
                    control.requestLearningRate(0.5);
                }
            }
        });
        TrainingResult result = trainer.run();
        assertEquals(0.01, rates.get(1), 1e-12);
        assertEquals(0.5, rates.get(2), 1e-12);
        assertEquals(0.5, rates.get(rates.size() - 1), 1e-12, "and stays there in the next epoch");
        assertEquals(0.5, result.last().learningRate(), 1e-12);
    }

    /** What a batch may allocate once training runs: records and boxed events, never a matrix. */
    private static final double BATCH_ALLOCATION_LIMIT = 8 * 1024;

    private static ModelSpec convAllocationModel() {
        return new ModelSpec(Shape.image(1, 12, 12),
                List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU), LayerSpec.maxPool(2),
                        LayerSpec.conv(4, 3, 2, Padding.VALID, ActivationFunction.RELU)),
                0, null, false, List.of(LayerSpec.convTranspose(4, 3, 2, Padding.VALID, ActivationFunction.RELU),
                        LayerSpec.avgPool(1), LayerSpec.upsampleTo(12, 12)),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1);
    }

    @Test
    void denseTrainingAllocatesNoMatrixPerBatchOnEjml() {
        // one 256x784 float batch alone would be 800 KB
        assertBatchesAllocateNoMatrix(BatchAllocation.denseModel(), 784, EjmlGemm.SINGLE_THREADED);
    }

    @Test
    void denseTrainingAllocatesNoMatrixPerBatchOnTheProductionKernel() {
        assertBatchesAllocateNoMatrix(BatchAllocation.denseModel(), 784, Gemm.standard());
    }

    @Test
    void convolutionalTrainingAllocatesNoMatrixPerBatchOnEjml() {
        // the column matrices alone are 36 KB to 150 KB a layer
        assertBatchesAllocateNoMatrix(convAllocationModel(), 144, EjmlGemm.SINGLE_THREADED);
    }

    @Test
    void convolutionalTrainingAllocatesNoMatrixPerBatchOnTheProductionKernel() {
        assertBatchesAllocateNoMatrix(convAllocationModel(), 144, Gemm.standard());
    }

    private static void assertBatchesAllocateNoMatrix(ModelSpec spec, int features, Gemm gemm) {
        double perBatch = BatchAllocation.bytesPerExtraBatch(spec, GradientCheck.uniform(1024, features, 1, 0, 1),
                256, gemm, BATCH_ALLOCATION_LIMIT);
        assertTrue(perBatch < BATCH_ALLOCATION_LIMIT,
                "bytes allocated per batch on " + VectorGemm.describe(gemm) + ": " + perBatch);
    }

    @Test
    void scheduleShapes() {
        LearningRateSchedule step = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 2, 0.5, 0), 1, 10);
        assertEquals(1, step.rateFor(1), 1e-12);
        assertEquals(0.5, step.rateFor(2), 1e-12);
        assertEquals(0.25, step.rateFor(5), 1e-12);
        LearningRateSchedule cosine = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, 0.1), 1, 10);
        assertEquals(1, cosine.rateFor(0), 1e-12);
        assertEquals(0.55, cosine.rateFor(5), 1e-12);
        assertEquals(0.1, cosine.rateFor(10), 1e-12);
        LearningRateSchedule plateau = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 2, 0.1, 0.001), 1, 10);
        plateau.observe(1.0);
        plateau.observe(1.0);
        assertEquals(1, plateau.rateFor(2), 1e-12);
        plateau.observe(1.0);
        assertEquals(0.1, plateau.rateFor(3), 1e-12);
        plateau.observe(0.5);
        assertEquals(0.1, plateau.rateFor(4), 1e-12, "improvement resets the count");
        assertNotEquals(step.rateFor(0), step.rateFor(9));
    }
}
