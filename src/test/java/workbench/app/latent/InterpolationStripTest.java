package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.data.Dataset;
import workbench.data.Synthetic;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.Shape;
import workbench.engine.Trainer;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.session.LatentTools;

/** The strip of a small trained model shows the two samples' reconstructions at its ends. */
@ExtendWith(ApplicationExtension.class)
class InterpolationStripTest {

    private static final Shape SHAPE = Shape.image(1, 4, 4);
    private InterpolationStrip strip;

    @Start
    void start(Stage stage) {
        strip = new InterpolationStrip();
        stage.setScene(new Scene(strip, 900, 240));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        T result = WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Three blobs in 16-D as 4x4 grey pictures in [0, 1]. */
    private static Dataset pictures() {
        Dataset blobs = Synthetic.blobs(240, 16, 3, 1.0, 5);
        FMatrixRMaj x = blobs.features().copy();
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = Math.max(0, Math.min(1, (x.data[i] + 14) / 28));
        }
        return new Dataset("pictures", x, blobs.labels(), blobs.classNames(), SHAPE);
    }

    private static Autoencoder trained(VariantSpec variant, FMatrixRMaj data) {
        ModelSpec spec = new ModelSpec(SHAPE, List.of(LayerSpec.dense(8, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, variant, LossFunction.BCE,
                null, 3);
        Autoencoder model = new Autoencoder(spec);
        new Trainer(model, new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01),
                ScheduleSpec.constant(), 32, 4, 0, 1, 0, 0, true, 0), data, null).run();
        return model;
    }

    private static float[] row(FMatrixRMaj m, int r) {
        return Arrays.copyOfRange(m.data, r * m.numCols, (r + 1) * m.numCols);
    }

    /** Within one grey level: the strip decodes in a batch of its own, which may round a hair differently. */
    private static void assertShows(float[] expected, Image image) {
        PixelReader pixels = image.getPixelReader();
        assertEquals(SHAPE.width(), (int) image.getWidth());
        assertEquals(SHAPE.height(), (int) image.getHeight());
        for (int y = 0; y < SHAPE.height(); y++) {
            for (int x = 0; x < SHAPE.width(); x++) {
                int want = Math.round(Math.max(0, Math.min(1, expected[y * SHAPE.width() + x])) * 255f);
                int argb = pixels.getArgb(x, y);
                int grey = argb & 0xFF;
                assertTrue(Math.abs(want - grey) <= 1, "pixel (" + x + ", " + y + "): " + grey + " for " + want);
                assertEquals(grey, argb >> 16 & 0xFF, "grey, not a colour");
            }
        }
    }

    @Test
    void endsShowTheReconstructionsOfTheTwoChosenSamples(FxRobot robot) {
        Dataset data = pictures();
        Autoencoder model = trained(VariantSpec.variational(1.0, 0), data.features());
        int first = 0;
        int second = 1;
        while (data.labels()[second] == data.labels()[first]) {
            second++;
        }
        FMatrixRMaj pair = new FMatrixRMaj(2, SHAPE.size());
        System.arraycopy(data.features().data, first * SHAPE.size(), pair.data, 0, SHAPE.size());
        System.arraycopy(data.features().data, second * SHAPE.size(), pair.data, SHAPE.size(), SHAPE.size());
        FMatrixRMaj reconstructions = model.reconstruct(pair);

        onFx(() -> {
            strip.setVariational(model.spec().variant().isVariational());
            return null;
        });
        assertTrue(onFx(strip::isSpherical), "a VAE starts on the spherical path");
        float[][] decoded = LatentTools.interpolate(model, row(pair, 0), row(pair, 1), 8, onFx(strip::isSpherical));
        String startClass = data.classNames().get(data.labels()[first]);
        String endClass = data.classNames().get(data.labels()[second]);
        onFx(() -> {
            strip.show(decoded, SHAPE, startClass, endClass);
            return null;
        });

        assertEquals(8, (int) onFx(strip::steps));
        assertShows(row(reconstructions, 0), onFx(() -> strip.imageAt(0)));
        assertShows(row(reconstructions, 1), onFx(() -> strip.imageAt(7)));
        Image shown = robot.lookup("#interpolationStep0").queryAs(ImageView.class).getImage();
        int enlarged = (int) shown.getWidth() / SHAPE.width();
        assertTrue(enlarged >= 4, "enlarged to be seen: " + shown.getWidth());
        for (int y = 0; y < SHAPE.height(); y++) {
            for (int x = 0; x < SHAPE.width(); x++) {
                int cx = x * enlarged + enlarged / 2;
                int cy = y * enlarged + enlarged / 2;
                int xx = x;
                int yy = y;
                assertEquals(onFx(() -> strip.imageAt(0).getPixelReader().getArgb(xx, yy)),
                        shown.getPixelReader().getArgb(cx, cy), "the view shows the checked image, enlarged");
            }
        }
        assertEquals(startClass, robot.lookup("#interpolationStart").queryAs(Label.class).getText());
        assertEquals(endClass, robot.lookup("#interpolationEnd").queryAs(Label.class).getText());

        robot.clickOn("#interpolationLinear");
        assertFalse(onFx(strip::isSpherical), "the toggle switches the path");
    }

    @Test
    void tableRowsShowAsHeatStrips() {
        float[][] decoded = {{0f, 1f, 2f}, {2f, 1f, 0f}};
        onFx(() -> {
            strip.setVariational(false);
            strip.show(decoded, Shape.flat(3), "a", "b");
            return null;
        });
        assertFalse(onFx(strip::isSpherical));
        Image first = onFx(() -> strip.imageAt(0));
        assertEquals(3, (int) first.getWidth());
        assertEquals(1, (int) first.getHeight());
        int low = first.getPixelReader().getArgb(0, 0);
        int high = first.getPixelReader().getArgb(2, 0);
        assertEquals(0xFF440154, low, "the smallest value is viridis' dark end");
        assertEquals(0xFFFDE725, high, "the largest its yellow end");
        assertEquals(high, onFx(() -> strip.imageAt(1)).getPixelReader().getArgb(0, 0), "one scale for all steps");
    }
}
