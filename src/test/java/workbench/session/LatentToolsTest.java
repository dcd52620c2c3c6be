package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.analysis.Pca;
import workbench.data.Synthetic;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.Parameter;
import workbench.engine.ScheduleSpec;
import workbench.engine.Shape;
import workbench.engine.Trainer;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

class LatentToolsTest {

    /** Three blobs in 8-D scaled into [0, 1]: a few epochs give a model whose codes differ by sample. */
    static FMatrixRMaj blobs() {
        FMatrixRMaj x = Synthetic.blobs(240, 8, 3, 1.0, 5).features();
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (x.data[i] + 14) / 28;
        }
        return x;
    }

    static Autoencoder trained(VariantSpec variant, int latent) {
        ModelSpec spec = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.TANH)), latent,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, variant, LossFunction.BCE,
                null, 11);
        Autoencoder model = new Autoencoder(spec);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01),
                ScheduleSpec.constant(), 32, 4, 0, 3, 0, 0, true, 0);
        new Trainer(model, training, blobs(), null).run();
        return model;
    }

    private static float[] row(FMatrixRMaj m, int r) {
        return Arrays.copyOfRange(m.data, r * m.numCols, (r + 1) * m.numCols);
    }

    private static float[] decodeOne(Autoencoder model, float[] code) {
        FMatrixRMaj z = new FMatrixRMaj(1, code.length);
        System.arraycopy(code, 0, z.data, 0, code.length);
        return model.decode(z).data;
    }

    private static void assertEndpointsAreReconstructions(Autoencoder model) {
        FMatrixRMaj data = blobs();
        float[] a = row(data, 0);
        float[] b = row(data, 1);
        FMatrixRMaj pair = new FMatrixRMaj(2, 8);
        System.arraycopy(data.data, 0, pair.data, 0, 16);
        FMatrixRMaj reconstructions = model.reconstruct(pair);
        for (boolean spherical : new boolean[] {false, true}) {
            float[][] strip = LatentTools.interpolate(model, a, b, 7, spherical);
            assertEquals(7, strip.length);
            assertArrayEquals(row(reconstructions, 0), strip[0], 1e-6f);
            assertArrayEquals(row(reconstructions, 1), strip[6], 1e-6f);
            assertFalse(Arrays.equals(strip[0], strip[3]), "the middle is somewhere else");
        }
    }

    @Test
    void interpolationEndpointsEqualTheReconstructionsOfTheTwoSamples() {
        assertEndpointsAreReconstructions(trained(VariantSpec.plain(), 2));
    }

    @Test
    void aVaeInterpolatesBetweenItsMeansWithoutNoise() {
        Autoencoder model = trained(VariantSpec.variational(1.0, 0), 2);
        // Were the tools sampling codes, this noise would move every decoded sample far away.
        model.setLatentNoise((buffer, n) -> Arrays.fill(buffer, 0, n, 3f));
        assertEndpointsAreReconstructions(model);

        FMatrixRMaj data = blobs();
        float[] x = row(data, 0);
        FMatrixRMaj hidden = model.encoder().forward(new FMatrixRMaj(1, 8, true, x), false);
        FMatrixRMaj weight = parameter(model, "mean.weight");
        float[] bias = parameter(model, "mean.bias").data;
        float[] mean = new float[2];
        for (int j = 0; j < 2; j++) {
            double s = bias[j];
            for (int i = 0; i < hidden.numCols; i++) {
                s += hidden.data[i] * weight.get(i, j);
            }
            mean[j] = (float) s;
        }
        float[][] strip = LatentTools.interpolate(model, x, row(data, 1), 3, true);
        assertArrayEquals(decodeOne(model, mean), strip[0], 1e-5f, "the first image decodes the mean code");
    }

    private static FMatrixRMaj parameter(Autoencoder model, String name) {
        for (Parameter p : model.parameters()) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void manifoldTilesRunRowByRowFromTheTopLeft() {
        Autoencoder model = trained(VariantSpec.plain(), 2);
        int cols = 4;
        int rows = 3;
        float[][] grid = LatentTools.manifold(model, -1, 2, -3, 1, cols, rows);
        assertEquals(cols * rows, grid.length);
        for (float[] tile : grid) {
            assertEquals(8, tile.length);
        }
        assertArrayEquals(decodeOne(model, new float[] {-1, 1}), grid[0], 1e-6f, "row 0 decodes yMax, from xMin");
        assertArrayEquals(decodeOne(model, new float[] {2, 1}), grid[cols - 1], 1e-6f);
        assertArrayEquals(decodeOne(model, new float[] {-1, -3}), grid[(rows - 1) * cols], 1e-6f);
        assertArrayEquals(decodeOne(model, new float[] {1, -1}), grid[cols + 2], 1e-6f, "tile (1, 2)");
    }

    @Test
    void manifoldOfALargerCodeLiesInThePlottedPlane() {
        Autoencoder model = trained(VariantSpec.plain(), 4);
        FMatrixRMaj codes = model.encode(blobs());
        Pca pca = Pca.fit(codes);
        LatentPlane plane = LatentPlane.of(pca);
        float[][] grid = LatentTools.manifold(model, plane, -2, 2, -1, 1, 3, 2);
        assertEquals(6, grid.length);
        // The plane's code at (x, y) projects back onto (x, y): tiles sit where the PCA plot puts them.
        float[] code = plane.code(2, -1);
        FMatrixRMaj back = pca.project(new FMatrixRMaj(1, 4, true, code), 2);
        assertEquals(2, back.get(0, 0), 1e-5);
        assertEquals(-1, back.get(0, 1), 1e-5);
        assertArrayEquals(decodeOne(model, code), grid[5], 1e-6f, "bottom right decodes (xMax, yMin)");

        IllegalArgumentException noXY = assertThrows(IllegalArgumentException.class,
                () -> LatentTools.manifold(model, -1, 1, -1, 1, 3, 3));
        assertTrue(noXY.getMessage().contains("plane"), noXY.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LatentTools.manifold(model, LatentPlane.firstTwoAxes(2), -1, 1, -1, 1, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> LatentPlane.firstTwoAxes(1));
    }

    @Test
    void gridPointsIncludeBothEnds() {
        assertArrayEquals(new double[] {1, 0.5, 0}, LatentTools.gridPoints(1, 0, 3), 1e-12);
        assertArrayEquals(new double[] {0.5}, LatentTools.gridPoints(0, 1, 1), 1e-12);
    }

    @Test
    void anIdleHostAnswersQueriesAndAFailingOneFailsOnlyItsFuture() throws Exception {
        Autoencoder model = trained(VariantSpec.plain(), 2);
        float[] sample = row(blobs(), 0);
        try (ModelHost idle = run(model, 1)) {
            float[][] strip = idle.query(m -> LatentTools.interpolate(m, sample, sample, 3, false)).get();
            assertArrayEquals(strip[0], strip[2]);
            // A failing query fails its future, not the caller (nor, while training, the run).
            var failed = idle.query(m -> LatentTools.manifold(m, 0, 1, 0, 1, 0, 0));
            assertThrows(java.util.concurrent.ExecutionException.class, failed::get);
            assertEquals(8, idle.decode(new float[] {0, 0}).get().length);
        }
    }

    @Test
    void aTrainingHostServesQueriesBetweenBatchesAndAFailedOneLeavesItTraining() throws Exception {
        try (ModelHost training = run(trained(VariantSpec.plain(), 2), 10_000)) {
            var result = training.train(training.experiment(), List.of(), true, ModelHost.Start.RUNNING);
            var failed = training.query(m -> LatentTools.manifold(m, 0, 1, 0, 1, 0, 0));
            String thread = training.query(m -> {
                LatentTools.manifold(m, -1, 1, -1, 1, 5, 5);
                return Thread.currentThread().getName();
            }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("model host", thread);
            assertTrue(failed.isCompletedExceptionally());
            assertTrue(training.isTrainingAsked(), "a failed query leaves the model training");
            training.stop();
            assertEquals(workbench.engine.TrainingResult.Status.CANCELLED,
                    result.get(30, java.util.concurrent.TimeUnit.SECONDS).result().status());
        }
    }

    private static ModelHost run(Autoencoder model, int epochs) {
        FMatrixRMaj x = blobs();
        int[] labels = new int[x.numRows];
        workbench.data.Dataset all = new workbench.data.Dataset("blobs", x, labels, List.of("blob"), Shape.flat(8));
        workbench.data.Dataset none = all.subset("validation", new int[0]);
        PreparedData data = new PreparedData("blobs", all, none, all, null);
        Experiment experiment = new Experiment(new DatasetRef("blobs", null),
                model.spec(), TrainingSpec.defaults(epochs, 1).withValidationFraction(0).withSnapshotMillis(1), 1);
        return new ModelHost(new ModelHost.Parts(experiment, data, model, List.of(), null));
    }
}
