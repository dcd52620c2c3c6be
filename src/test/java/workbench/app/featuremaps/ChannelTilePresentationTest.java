package workbench.app.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.Callable;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.engine.Shape;
import workbench.session.FeatureMap;

/** A channel tile's caption names its channel and range in full at any width, never cut. */
@ExtendWith(ApplicationExtension.class)
class ChannelTilePresentationTest {
    static final int CHANNEL = 11;
    /** Widths feature-map tiles get: 64 channels in a small tab up to one channel maximised. */
    static final double[] WIDTHS = {34, 48, 64, 90, 140, 300};

    private ChannelTile tile;
    private FeatureMap map;

    @Start
    void start(Stage stage) {
        tile = new ChannelTile(line -> { });
        Group root = new Group(tile);
        root.setAutoSizeChildren(false);
        stage.setScene(new Scene(root, 400, 400));
        stage.show();
        Random random = new Random(5);
        float[] values = new float[16 * 14 * 14];
        for (int i = 0; i < values.length; i++) {
            values[i] = -0.0312f + 0.9183f * random.nextFloat();
        }
        map = new FeatureMap(Shape.image(16, 14, 14), values);
        tile.show(map, CHANNEL);
    }

    private <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    /** The caption's label after laying the tile out {@code width} wide. */
    private Label laidOut(double width) {
        return onFx(() -> {
            tile.fit(width, width);
            tile.resize(width, width + ChannelTile.CAPTION);
            tile.applyCss();
            tile.layout();
            return (Label) tile.getChildrenUnmodifiable().get(1);
        });
    }

    @Test
    void theCaptionShowsNumberAndRangeWholeAtEveryWidthAndScale() {
        for (boolean presenting : new boolean[] {false, true}) {
            onFx(() -> {
                tile.setPresentation(presenting);
                return null;
            });
            for (double width : WIDTHS) {
                Label caption = laidOut(width);
                String text = onFx(caption::getText);
                String shown = onFx(() -> ((Text) caption.lookup(".text")).getText());
                Font font = onFx(caption::getFont);
                String where = " at " + width + " px" + (presenting ? ", presenting" : "");
                assertEquals(text, shown, "the label shows its whole text" + where);
                assertFalse(text.contains("\u2026") || text.contains("..."), "no ellipsis: " + text + where);
                assertTrue(text.startsWith("#" + (CHANNEL + 1)), "names the channel: " + text + where);
                String lo = ChannelTile.format(map.min(CHANNEL), 2);
                String hi = ChannelTile.format(map.max(CHANNEL), 2);
                assertTrue(text.contains(lo.substring(0, lo.length() - 1)) && text.contains(hi.substring(0, hi.length() - 1)),
                        "shows the range " + lo + " to " + hi + ": " + text + where);
                Text measured = onFx(() -> {
                    Text t = new Text(text);
                    t.setFont(font);
                    return t;
                });
                assertTrue(onFx(() -> measured.getLayoutBounds().getWidth()) <= width, text + " is wider than the tile" + where);
                assertTrue(onFx(() -> measured.getLayoutBounds().getHeight()) <= ChannelTile.CAPTION,
                        text + " is taller than the caption" + where);
            }
        }
    }

    @Test
    void presenterModeEnlargesTheCaptionAndOffRestoresIt() {
        Label caption = laidOut(140);
        String text = onFx(caption::getText);
        Font font = onFx(caption::getFont);
        onFx(() -> {
            tile.setPresentation(true);
            return null;
        });
        assertEquals(font.getSize() * ChannelTile.PRESENTATION_SCALE, onFx(() -> caption.getFont().getSize()), 1e-9);
        onFx(() -> {
            tile.setPresentation(false);
            return null;
        });
        assertEquals(font, onFx(caption::getFont));
        assertEquals(text, onFx(caption::getText));
    }

    @Test
    @EnabledIfSystemProperty(named = "ui.examples", matches = "true")
    void examplesForLookingAt() throws Exception {
        java.nio.file.Files.createDirectories(workbench.app.charts.FigureSnapshots.DIR);
        for (boolean presenting : new boolean[] {false, true}) {
            for (double width : new double[] {48, 90}) {
                onFx(() -> {
                    tile.setPresentation(presenting);
                    return null;
                });
                laidOut(width);
                var image = onFx(() -> tile.snapshot(null, null));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        workbench.app.charts.FigureSnapshots.DIR.resolve("channel-tile" + (presenting ? "-presenter" : "")
                                + "-" + (int) width + ".png").toFile());
            }
        }
        assertTrue(java.nio.file.Files.exists(workbench.app.charts.FigureSnapshots.DIR.resolve("channel-tile-48.png")));
    }
}
