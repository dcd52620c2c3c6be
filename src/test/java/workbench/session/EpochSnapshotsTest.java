package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.data.Synthetic;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

/** A watched run keeps each epoch's end, and what it keeps is what the model was at that epoch. */
class EpochSnapshotsTest {
    private static final int CAPACITY_QUARTER = EpochSnapshots.CAPACITY / 4;

    static ModelHost run(int epochs) {
        return new ModelHost(parts(epochs));
    }

    /** A small dense model on 3 blobs in 12 dimensions, with a 3-number code. */
    static ModelHost.Parts parts(int epochs) {
        Dataset blobs = Synthetic.blobs(300, 12, 3, 1.0, 9);
        Dataset all = new Dataset("blobs", blobs.features(), blobs.labels(), List.of("a", "b", "c"), Shape.image(1, 3, 4));
        DataSplit split = new DataSplit(all.subset("train", IntStream.range(0, 220).toArray()),
                all.subset("test", IntStream.range(220, 300).toArray()));
        PreparedData data = DataPreparation.prepare(split, Normalization.Kind.MIN_MAX, 0.1, 3, null);
        ModelSpec model = new ModelSpec(data.sampleShape(), List.of(LayerSpec.dense(8, ActivationFunction.RELU)), 3,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 3);
        TrainingSpec training = TrainingSpec.defaults(epochs, 3).withBatchSize(16).withValidationFraction(0.1)
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01));
        return ModelHost.Parts.fresh(
                new Experiment(new DatasetRef("blobs", Normalization.Kind.MIN_MAX), model, training, 3), data);
    }

    @Test
    void epochOneOfALongRunHoldsTheCodesOfAOneEpochRun() throws Exception {
        ModelHost three = run(3);
        three.train(three.experiment(), List.of(), true, ModelHost.Start.RUNNING).join();
        assertEquals(List.of(1, 2, 3), three.epochSnapshots().epochs());

        ModelHost one = run(1);
        one.trainAndWait(one.experiment(), List.of());
        FMatrixRMaj codesAfterOne = one.queryAndWait(m -> m.encode(one.data().test().features()));

        TrainingSnapshot first = three.epochSnapshots().at(1);
        assertEquals(1, first.epoch());
        assertEquals(1, first.history().size());
        assertArrayEquals(codesAfterOne.data, java.util.Arrays.copyOf(first.codes().data,
                codesAfterOne.getNumElements()), 0f);
    }

    @Test
    void headlessRunsKeepNothing() {
        ModelHost run = run(2);
        run.trainAndWait(run.experiment(), List.of());
        assertEquals(0, run.epochSnapshots().size());
        assertNull(run.epochSnapshots().at(1));
    }

    @Test
    void aLongRunIsThinnedEvenly() {
        EpochSnapshots kept = new EpochSnapshots();
        TrainingSnapshot template = run(1).refreshSnapshot().join();
        for (int epoch = 1; epoch <= 1000; epoch++) {
            kept.add(new TrainingSnapshot(epoch, 0, List.of(), template.galleryOriginals(), null,
                    template.galleryReconstructions(), template.codes(), template.plane(), null));
        }
        assertTrue(kept.size() <= EpochSnapshots.CAPACITY);
        assertEquals(1, kept.epochs().get(0));
        assertEquals(1000, kept.lastEpoch());
        List<Integer> epochs = kept.epochs();
        int floor500 = epochs.stream().filter(e -> e <= 500).max(Integer::compare).orElseThrow();
        assertEquals(floor500, kept.at(500).epoch(), "an epoch thinned away gives the nearest kept before it");
        // the kept epochs stay spread evenly over the whole run, not bunched at either end
        long firstHalf = epochs.stream().filter(e -> e <= 500).count();
        assertTrue(firstHalf > CAPACITY_QUARTER && epochs.size() - firstHalf > CAPACITY_QUARTER, epochs.toString());
    }
}
