package workbench.app.recon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.data.CsvTableLoader;
import workbench.data.IdxImages;
import workbench.data.IdxReader;
import workbench.data.Normalization;
import workbench.data.TableData;
import workbench.engine.Shape;

/** Renders example grids to /tmp for looking at; run with -Dui.examples=true. */
@EnabledIfSystemProperty(named = "ui.examples", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ReconstructionExamplesTest {

    private static final Path DATA = Path.of(System.getProperty("user.dir"), "datasets");
    private ReconstructionGrid grid;

    @Start
    void start(Stage stage) {
        grid = new ReconstructionGrid();
        stage.setScene(new Scene(grid, 1280, 460));
        stage.show();
    }

    @Test
    void mnist(FxRobot robot) throws Exception {
        IdxImages images = IdxReader.readImages(DATA.resolve("mnist-10k/test-images-idx3-ubyte.gz"));
        int[] labels = IdxReader.readLabels(DATA.resolve("mnist-10k/test-labels-idx1-ubyte.gz"));
        int n = 16;
        FMatrixRMaj originals = new FMatrixRMaj(n, 784);
        System.arraycopy(images.pixels().data, 0, originals.data, 0, n * 784);
        FMatrixRMaj recon = blurred(originals, 28, 28);
        Random random = new Random(3);
        FMatrixRMaj noisy = originals.copy();
        for (int i = 0; i < noisy.data.length; i++) {
            noisy.data[i] = Math.max(0, Math.min(1, noisy.data[i] + 0.35f * (float) random.nextGaussian()));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(Integer.toString(labels[i]));
        }
        Shape shape = Shape.image(1, 28, 28);
        robot.interact(() -> {
            grid.show(originals, recon, null, shape, names);
            grid.setShowError(true);
        });
        save(robot, grid::snapshotImage, "/tmp/ui-charts-recon-mnist.png");
        robot.interact(() -> {
            grid.show(originals, recon, noisy, shape, names);
            grid.setShowError(false);
        });
        save(robot, () -> grid.snapshotImage(900, 360), "/tmp/ui-charts-recon-denoise-small.png");
    }

    @Test
    void wine(FxRobot robot) throws Exception {
        TableData table = CsvTableLoader.auto().load(DATA.resolve("tables/wine.csv"));
        FMatrixRMaj all = table.dataset().features();
        FMatrixRMaj z = Normalization.fit(all, Normalization.Kind.Z_SCORE).apply(all);
        int n = 16;
        int f = z.numCols;
        FMatrixRMaj originals = new FMatrixRMaj(n, f);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row = i * 11; // spread over the three classes
            System.arraycopy(z.data, row * f, originals.data, i * f, f);
            names.add("#" + row + " " + table.dataset().classNames().get(table.dataset().labels()[row]));
        }
        Random random = new Random(5);
        FMatrixRMaj recon = originals.copy();
        for (int i = 0; i < recon.data.length; i++) {
            recon.data[i] = 0.8f * recon.data[i] + 0.25f * (float) random.nextGaussian();
        }
        robot.interact(() -> {
            grid.show(originals, recon, null, Shape.flat(f), names);
            grid.setFeatureNames(table.featureNames());
        });
        save(robot, () -> grid.snapshotImage(1280, 720), "/tmp/ui-charts-recon-wine-all.png");
        robot.interact(() -> grid.setSelectedSample(4));
        save(robot, () -> grid.snapshotImage(1100, 620), "/tmp/ui-charts-recon-wine-one.png");
    }

    /** A stand-in reconstruction: a 3x3 box blur, dimmed a little, as a small autoencoder's output looks. */
    private static FMatrixRMaj blurred(FMatrixRMaj x, int h, int w) {
        FMatrixRMaj out = new FMatrixRMaj(x.numRows, x.numCols);
        for (int s = 0; s < x.numRows; s++) {
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    float sum = 0;
                    int count = 0;
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int rr = r + dr;
                            int cc = c + dc;
                            if (rr >= 0 && rr < h && cc >= 0 && cc < w) {
                                sum += x.get(s, rr * w + cc);
                                count++;
                            }
                        }
                    }
                    out.set(s, r * w + c, Math.min(1f, 1.3f * sum / count));
                }
            }
        }
        return out;
    }

    private static void save(FxRobot robot, java.util.function.Supplier<Image> snap, String file) throws IOException {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = snap.get());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(file).toFile());
    }
}
