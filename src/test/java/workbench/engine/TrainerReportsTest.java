package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * What a caller of {@link Trainer} sees: the history it records, the listener calls it makes, how
 * cancel, early stopping and the schedule show in the result. Everything runs on the test thread;
 * listeners are the only window into the run.
 */
class TrainerReportsTest {

    private static final int ROWS = 50;
    private static final int BATCH = 16;

    /** Records every listener call, in order. */
    private static final class Recorder implements TrainingListener {
        final List<int[]> batches = new ArrayList<>();
        final List<LossBreakdown> batchLosses = new ArrayList<>();
        final List<Double> batchRates = new ArrayList<>();
        final List<EpochStats> epochs = new ArrayList<>();
        final List<Integer> totals = new ArrayList<>();
        final List<Double> etas = new ArrayList<>();
        final List<int[]> snapshots = new ArrayList<>();
        final List<float[]> weightsAtEpochEnd = new ArrayList<>();
        final List<TrainingResult> finished = new ArrayList<>();

        @Override
        public void batchEnded(int epoch, int batch, int perEpoch, LossBreakdown loss, double lr) {
            batches.add(new int[] {epoch, batch, perEpoch});
            batchLosses.add(loss);
            batchRates.add(lr);
        }

        @Override
        public void epochEnded(EpochStats stats, int totalEpochs, double eta) {
            epochs.add(stats);
            totals.add(totalEpochs);
            etas.add(eta);
        }

        @Override
        public void snapshotDue(Autoencoder model, int epoch, int batch) {
            snapshots.add(new int[] {epoch, batch});
            weightsAtEpochEnd.add(weights(model));
        }

        @Override
        public void finished(TrainingResult result) {
            finished.add(result);
        }
    }

    static float[] weights(Autoencoder model) {
        int total = 0;
        for (Parameter p : model.parameters()) {
            total += p.size();
        }
        float[] out = new float[total];
        int at = 0;
        for (Parameter p : model.parameters()) {
            System.arraycopy(p.value().data, 0, out, at, p.size());
            at += p.size();
        }
        return out;
    }

    private static TrainingSpec training(int epochs) {
        return TrainerTest.toyTraining(epochs).withBatchSize(BATCH);
    }

    private static Autoencoder plainModel() {
        return new Autoencoder(TrainerTest.toySpec(VariantSpec.plain()));
    }

    @Test
    void everyEpochRunsItsBatchesInOrderAndTheLastBatchHoldsTheRemainder() {
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(plainModel(), training(2), TrainerTest.toyData(ROWS, 1), null);
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        // 50 rows in batches of 16: 16 + 16 + 16 + 2, so four batches an epoch
        assertEquals(8, r.batches.size());
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(new int[] {i / 4 + 1, i % 4 + 1, 4}, r.batches.get(i));
        }
        assertEquals(TrainingResult.Status.COMPLETED, result.status());
        assertEquals("Trained 2 epochs.", result.message());
        assertEquals(List.of(1, 2), result.history().stream().map(EpochStats::epoch).toList());
        assertEquals(List.of(result), r.finished, "finished once, with the result run() returns");
    }

    /**
     * The epoch's training loss weighs each batch by its rows: (16 l1 + 16 l2 + 16 l3 + 2 l4) / 50,
     * not the plain mean of the four; checked on every part, with a sparse model (penalty) and a VAE
     * (KL, per-sample sum) so no part is zero.
     */
    @Test
    void epochTrainingLossIsTheRowWeightedMeanOfItsBatchLossesInEveryPart() {
        for (VariantSpec variant : List.of(VariantSpec.sparseL1(1e-2), VariantSpec.variational(1.0, 2))) {
            Recorder r = new Recorder();
            Trainer trainer = new Trainer(new Autoencoder(TrainerTest.toySpec(variant)), training(2),
                    TrainerTest.toyData(ROWS, 1), null);
            trainer.addListener(r);
            TrainingResult result = trainer.run();
            for (int epoch = 0; epoch < 2; epoch++) {
                double[] sums = new double[5];
                for (int b = 0; b < 4; b++) {
                    LossBreakdown l = r.batchLosses.get(epoch * 4 + b);
                    int rows = Math.min(BATCH, ROWS - b * BATCH);
                    double[] parts = {l.objective(), l.reconstructionMean(), l.reconstructionSum(), l.kl(), l.penalty()};
                    for (int k = 0; k < 5; k++) {
                        sums[k] += parts[k] * rows;
                    }
                }
                LossBreakdown t = result.history().get(epoch).train();
                double[] got = {t.objective(), t.reconstructionMean(), t.reconstructionSum(), t.kl(), t.penalty()};
                for (int k = 0; k < 5; k++) {
                    assertEquals(sums[k] / ROWS, got[k], 1e-12 * Math.abs(sums[k]) + 1e-15, variant.kind() + " part " + k);
                }
                assertNull(result.history().get(epoch).validation(), "no validation rows, no validation loss");
                assertEquals(t.objective(), result.history().get(epoch).monitoredLoss(), 0, "training loss is watched");
            }
            assertNotEquals(0, result.last().train().kl() + result.last().train().penalty());
        }
    }

    /** A batch larger than the data is the whole data: one batch, whose loss is the untrained model's. */
    @Test
    void aBatchLargerThanTheDataIsOneBatchOfAllRows() {
        Autoencoder model = plainModel();
        FMatrixRMaj data = TrainerTest.toyData(ROWS, 1);
        double untrained = model.evaluate(data, 0).objective();
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(model, training(1).withBatchSize(256), data, null);
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        assertEquals(1, r.batches.size());
        assertArrayEquals(new int[] {1, 1, 1}, r.batches.get(0));
        assertEquals(untrained, result.last().train().objective(), 1e-6 * untrained);
    }

    /** Validation is the model's loss on the held-out rows with the weights the epoch ended with. */
    @Test
    void validationLossIsTheLossOnTheHeldOutRowsAtTheEpochsEnd() {
        Autoencoder model = plainModel();
        FMatrixRMaj validation = TrainerTest.toyData(20, 2);
        List<Double> byHand = new ArrayList<>();
        Trainer trainer = new Trainer(model, training(3), TrainerTest.toyData(ROWS, 1), validation);
        trainer.addListener(new TrainingListener() {
            @Override
            public void snapshotDue(Autoencoder m, int epoch, int batch) {
                byHand.add(m.evaluate(validation, epoch - 1).objective());
            }
        });
        TrainingResult result = trainer.run();
        for (int e = 0; e < 3; e++) {
            EpochStats s = result.history().get(e);
            assertEquals(byHand.get(e), s.validation().objective(), 0);
            assertEquals(s.validation().objective(), s.monitoredLoss(), 0, "validation is watched when there is one");
            assertNotEquals(s.train().objective(), s.validation().objective());
        }
    }

    @Test
    void anEmptyValidationSplitCountsAsNone() {
        TrainingResult result = new Trainer(plainModel(), training(1), TrainerTest.toyData(ROWS, 1),
                new FMatrixRMaj(0, 8)).run();
        assertNull(result.last().validation());
    }

    /** A denoising model is validated on corrupted inputs, so its loss is not the clean-input loss. */
    @Test
    void aDenoisingModelIsValidatedOnCorruptedInputs() {
        Autoencoder model = new Autoencoder(TrainerTest.toySpec(VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.5, false)));
        FMatrixRMaj validation = TrainerTest.toyData(20, 2);
        List<Double> clean = new ArrayList<>();
        Trainer trainer = new Trainer(model, training(2), TrainerTest.toyData(ROWS, 1), validation);
        trainer.addListener(new TrainingListener() {
            @Override
            public void snapshotDue(Autoencoder m, int epoch, int batch) {
                clean.add(m.evaluate(validation, epoch - 1).objective());
            }
        });
        TrainingResult result = trainer.run();
        for (int e = 0; e < 2; e++) {
            // half the inputs masked to 0: reconstructing from that is worse than from clean inputs
            // (0.6943 vs 0.6907 after epoch 1 for this barely trained model)
            assertTrue(result.history().get(e).validation().objective() > clean.get(e) * 1.002,
                    result.history().get(e).validation().objective() + " vs clean " + clean.get(e));
        }
    }

    /**
     * eta = mean seconds of this run's epochs so far x epochs left, so 0 after the last; the
     * result's seconds are the epochs' seconds added up. Identities on measured times, no clock bound.
     */
    @Test
    void epochEndReportsTheTotalAndAnEtaOfMeanEpochTimeTimesEpochsLeft() {
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(plainModel(), training(4), TrainerTest.toyData(ROWS, 1), null);
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        double sum = 0;
        for (int e = 0; e < 4; e++) {
            EpochStats s = r.epochs.get(e);
            assertSame(result.history().get(e), s);
            assertTrue(s.seconds() > 0 && s.samplesPerSecond() > 0 && Double.isFinite(s.samplesPerSecond()), s.toString());
            sum += s.seconds();
            assertEquals(sum / (e + 1) * (4 - e - 1), r.etas.get(e), 1e-12 * sum);
            assertEquals(4, r.totals.get(e));
        }
        assertEquals(0, r.etas.get(3), 0);
        assertTrue(r.etas.get(0) > 0);
        assertEquals(sum, result.trainSeconds(), 1e-12 * sum);
    }

    @Test
    void withoutASnapshotIntervalSnapshotsComeOnlyAtEpochEnds() {
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(plainModel(), training(3), TrainerTest.toyData(ROWS, 1), null);
        trainer.addListener(r);
        trainer.run();
        assertEquals(3, r.snapshots.size());
        for (int e = 0; e < 3; e++) {
            assertArrayEquals(new int[] {e + 1, 4}, r.snapshots.get(e));
        }
    }

    /** Continuing a saved model: numbering goes on from its history, and so does a step schedule. */
    @Test
    void continuingARunNumbersEpochsOnKeepsTheEarlierHistoryAndContinuesTheSchedule() {
        Autoencoder model = plainModel();
        FMatrixRMaj data = TrainerTest.toyData(ROWS, 1);
        TrainingSpec stepped = training(2).withSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0.5, 0));
        TrainingResult first = new Trainer(model, stepped, data, null).run();
        Recorder r = new Recorder();
        Trainer again = new Trainer(model, stepped, data, null, null, first.history());
        again.addListener(r);
        TrainingResult second = again.run();
        assertEquals(4, second.history().size());
        assertEquals(first.history(), second.history().subList(0, 2));
        assertEquals(List.of(3, 4), r.epochs.stream().map(EpochStats::epoch).toList());
        assertEquals(List.of(4, 4), r.totals);
        assertEquals(3, r.batches.get(0)[0]);
        // step schedule, halving every epoch from 0.01, counted over the model's whole training
        assertEquals(0.0025, second.history().get(2).learningRate(), 1e-15);
        assertEquals(0.00125, second.history().get(3).learningRate(), 1e-15);
        assertTrue(second.bestEpoch() >= 3, "best is an epoch of this run: " + second.bestEpoch());
        assertEquals(0, r.etas.get(1), 0);
    }

    /** The cosine schedule over 4 epochs from 0.01 to 0: 0.01, 0.01 (1 + cos(pi/4))/2, 0.005, ... */
    @Test
    void eachEpochRecordsTheRateItsScheduleGaveIt() {
        TrainingSpec cosine = training(4).withSchedule(new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, 0));
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(plainModel(), cosine, TrainerTest.toyData(ROWS, 1), null);
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        double[] expected = {0.01, 0.005 * (1 + Math.cos(Math.PI / 4)), 0.005, 0.005 * (1 + Math.cos(3 * Math.PI / 4))};
        for (int e = 0; e < 4; e++) {
            assertEquals(expected[e], result.history().get(e).learningRate(), 1e-15);
            assertEquals(expected[e], r.batchRates.get(e * 4), 1e-15, "the batches ran at it too");
        }
    }

    /** A plateau schedule cuts the rate once the watched loss stops improving; tiny SGD steps never improve by 1e-4. */
    @Test
    void aPlateauScheduleWatchesTheMonitoredLoss() {
        TrainingSpec plateau = training(4)
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(1e-9))
                .withSchedule(new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.5, 0));
        TrainingResult result = new Trainer(plainModel(), plateau, TrainerTest.toyData(ROWS, 1),
                TrainerTest.toyData(20, 2)).run();
        // epoch 1 sets the best; epoch 2 does not improve and halves the rate for epoch 3
        assertEquals(1e-9, result.history().get(1).learningRate(), 1e-24);
        assertEquals(5e-10, result.history().get(2).learningRate(), 1e-24);
        assertEquals(2.5e-10, result.history().get(3).learningRate(), 1e-24);
    }

    /** A rate typed in mid-run becomes the schedule's new base: the step schedule halves it from there. */
    @Test
    void aRequestedRateRebasesTheSchedule() {
        TrainingControl control = new TrainingControl();
        TrainingSpec stepped = training(2).withSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0.5, 0));
        Trainer trainer = new Trainer(plainModel(), stepped, TrainerTest.toyData(ROWS, 1), null, control, null);
        Recorder r = new Recorder();
        trainer.addListener(r);
        trainer.addListener(new TrainingListener() {
            @Override
            public void batchEnded(int epoch, int batch, int perEpoch, LossBreakdown loss, double lr) {
                if (epoch == 1 && batch == 2) {
                    control.requestLearningRate(0.2);
                }
            }
        });
        TrainingResult result = trainer.run();
        assertEquals(List.of(0.01, 0.01, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1), r.batchRates);
        assertEquals(0.1, result.last().learningRate(), 1e-15);
    }

    @Test
    void cancelBeforeTheFirstBatchEndsWithNoEpochRun() {
        TrainingControl control = new TrainingControl();
        control.cancel();
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(plainModel(), training(3), TrainerTest.toyData(ROWS, 1), null, control, null);
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        assertEquals(TrainingResult.Status.CANCELLED, result.status());
        assertEquals("Training was stopped at epoch 1, batch 1.", result.message());
        assertTrue(result.history().isEmpty());
        assertTrue(r.batches.isEmpty());
        assertEquals(List.of(result), r.finished);
        assertSame(control, trainer.control());
    }

    @Test
    void cancelFromAListenerStopsBeforeTheNextBatchAndSaysWhere() {
        TrainingControl control = new TrainingControl();
        Trainer trainer = new Trainer(plainModel(), training(5), TrainerTest.toyData(ROWS, 1), null, control, null);
        Recorder r = new Recorder();
        trainer.addListener(r);
        trainer.addListener(new TrainingListener() {
            @Override
            public void batchEnded(int epoch, int batch, int perEpoch, LossBreakdown loss, double lr) {
                if (epoch == 2 && batch == 3) {
                    control.cancel();
                }
            }
        });
        TrainingResult result = trainer.run();
        assertEquals(TrainingResult.Status.CANCELLED, result.status());
        assertEquals("Training was stopped at epoch 2, batch 4.", result.message());
        assertEquals(1, result.history().size(), "epoch 2 never finished");
        assertEquals(7, r.batches.size());
        assertTrue(control.isCancelled());
    }

    /** An interrupt while paused ends the run as cancelled and leaves the thread's interrupt flag set. */
    @Test
    void anInterruptWhilePausedCancelsAndKeepsTheInterruptFlag() {
        TrainingControl control = new TrainingControl();
        control.pause();
        Trainer trainer = new Trainer(plainModel(), training(2), TrainerTest.toyData(ROWS, 1), null, control, null);
        Thread.currentThread().interrupt();
        TrainingResult result = trainer.run();
        assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
        assertEquals(TrainingResult.Status.CANCELLED, result.status());
        assertTrue(control.isPaused());
    }

    /** Tiny SGD steps never improve validation by 0.01: best is epoch 1, then three more epochs. */
    private static TrainingSpec stalling(int epochs, int patience, boolean restoreBest) {
        return training(epochs).withOptimizer(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(1e-4))
                .withEarlyStopping(patience, 0.01, restoreBest);
    }

    @Test
    void earlyStoppingWithRestoreEndsWithTheBestEpochsWeightsAndSaysSo() {
        Autoencoder model = plainModel();
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(model, stalling(30, 3, true), TrainerTest.toyData(ROWS, 1), TrainerTest.toyData(20, 2));
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        assertEquals(TrainingResult.Status.STOPPED_EARLY, result.status());
        assertEquals("Stopped early at epoch 4: no gain in 3 epochs; kept epoch 1's weights.",
                result.message());
        assertEquals(4, result.history().size());
        assertEquals(1, result.bestEpoch());
        assertArrayEquals(r.weightsAtEpochEnd.get(0), weights(model));
        assertFalse(java.util.Arrays.equals(r.weightsAtEpochEnd.get(3), weights(model)), "the weights did move");
        assertEquals(List.of(result), r.finished);
    }

    @Test
    void earlyStoppingWithoutRestoreKeepsTheLastEpochsWeights() {
        Autoencoder model = plainModel();
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(model, stalling(30, 3, false), TrainerTest.toyData(ROWS, 1), TrainerTest.toyData(20, 2));
        trainer.addListener(r);
        TrainingResult result = trainer.run();
        assertEquals("Stopped early at epoch 4: no gain in 3 epochs.", result.message());
        assertArrayEquals(r.weightsAtEpochEnd.get(3), weights(model));
    }

    /** Patience running out on the last epoch is simply the end of the run. */
    @Test
    void patienceRunningOutOnTheLastEpochCompletesTheRun() {
        TrainingResult result = new Trainer(plainModel(), stalling(4, 3, true), TrainerTest.toyData(ROWS, 1),
                TrainerTest.toyData(20, 2)).run();
        assertEquals(TrainingResult.Status.COMPLETED, result.status());
        assertEquals(4, result.history().size());
    }

    /** With minDelta 0 every real decrease counts, so Adam at 0.01 never stalls for 2 epochs here. */
    @Test
    void withoutMinDeltaTheBestEpochIsTheLowestMonitoredLoss() {
        TrainingSpec t = training(6).withEarlyStopping(2, 0, true);
        TrainingResult result = new Trainer(plainModel(), t, TrainerTest.toyData(ROWS, 1), TrainerTest.toyData(20, 2)).run();
        int lowest = 0;
        for (int e = 1; e < result.history().size(); e++) {
            if (result.history().get(e).monitoredLoss() < result.history().get(lowest).monitoredLoss()) {
                lowest = e;
            }
        }
        assertEquals(lowest + 1, result.bestEpoch());
        assertEquals(TrainingResult.Status.COMPLETED, result.status());
        assertEquals(6, result.bestEpoch(), "validation falls every epoch at this rate");
    }

    @Test
    void dataOfTheWrongWidthOrNoRowsIsRefusedWithAReason() {
        Autoencoder model = plainModel();
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(model, training(1), new FMatrixRMaj(10, 9), null));
        assertEquals("the model takes 8 values per sample but the data has 9: choose a model built for this dataset",
                wide.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Trainer(model, training(1), new FMatrixRMaj(10, 8), new FMatrixRMaj(5, 7)));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(model, training(1), new FMatrixRMaj(0, 8), null));
        assertEquals("there are no training samples", empty.getMessage());
    }
}
