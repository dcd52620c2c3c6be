package workbench.app.featuremaps;

import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.onFx;
import static workbench.app.FxThread.until;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.layout.FigureMaximiser;
import workbench.app.recon.Viridis;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Padding;
import workbench.engine.VariantSpec;
import workbench.session.FeatureMap;
import workbench.session.FeatureMapLayer;
import workbench.session.FeatureMaps;
import workbench.session.ModelHost;

/** The feature-map tab on its own window: placeholders, a trained conv model's channels, a change of sample. */
@ExtendWith(ApplicationExtension.class)
class FeatureMapTabTest {
    private static final int FILTERS = 6;

    private WorkbenchViewModel vm;
    private FeatureMapTab tab;
    private AnimationTimer frames;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        tab = new FeatureMapTab(vm, new FigureMaximiser(() -> null));
        stage.setScene(new Scene(new TabPane(tab), 900, 640));
        stage.show();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.run().tick();
            }
        };
        frames.start();
        vm.openDefault();
    }

    @AfterEach
    void stop() {
        fx(() -> {
            frames.stop();
            vm.reset();
        });
    }

    /** 1x8x8 digits -> conv 6 -> pool -> conv 4, the code 4x4x4, mirrored back. */
    private static ModelSpec convDesign() {
        ActivationFunction relu = ActivationFunction.RELU;
        return new ModelSpec(null, List.of(LayerSpec.conv(FILTERS, 3, 1, Padding.SAME, relu), LayerSpec.maxPool(2),
                LayerSpec.conv(4, 3, 1, Padding.SAME, relu)), ModelSpec.CODE_FROM_ENCODER, null, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1);
    }

    @Test
    void trainedConvModelShowsEveryChannelOfTheChosenLayer(FxRobot robot) throws Exception {
        until(() -> vm.run().stateProperty().get() == State.READY);
        Label message = robot.lookup("#featureMapMessage").queryAs(Label.class);
        // the opening design is dense: the tab says what it needs
        until(() -> message.isVisible() && message.getText().equals(FeatureMapTab.NEEDS_CONVOLUTION));

        fx(() -> vm.designer().load(convDesign()));
        until(() -> message.getText().equals(FeatureMapTab.TRAIN_FIRST));

        fx(() -> {
            vm.training().epochsProperty().set(1);
            vm.train();
        });
        until(() -> vm.run().stateProperty().get() == State.FINISHED);

        @SuppressWarnings("unchecked")
        ChoiceBox<FeatureMapLayer> layers = robot.lookup("#featureMapLayer").queryAs(ChoiceBox.class);
        until(() -> !layers.getItems().isEmpty() && tab.shownMap() != null);
        FeatureMapLayer firstConv = onFx(() -> layers.getItems().get(0));
        assertTrue(firstConv.label().startsWith("Encoder 1: Conv2D(6, 3x3, same, ReLU)"), firstConv.label());
        // choose another layer, then the first convolution again, as a user would
        fx(() -> layers.setValue(layers.getItems().get(1)));
        until(() -> tab.shownMap() != null && tab.shownMap().channels() == FILTERS && tab.shownMap().shape().height() == 4);
        fx(() -> layers.setValue(firstConv));
        until(() -> tab.shownMap() != null && tab.shownMap().shape().equals(firstConv.shape()));

        ChannelGrid grid = tab.grid();
        assertEquals(FILTERS, (int) onFx(grid::channelCount));
        assertEquals(FILTERS, onFx(grid::captions).size());
        FeatureMap shown = onFx(tab::shownMap);
        assertArrayEquals(mapOf(0, firstConv).values(), shown.values(), 0f);
        List<Image> images = onFx(grid::channelImages);
        int drawn = 0;
        for (int c = 0; c < FILTERS; c++) {
            drawn += brightestPixelIsThePeak(images.get(c), shown, c) ? 1 : 0;
        }
        assertTrue(drawn > 0, "every channel is constant: the model did not train");
        // the pictures are enlarged to fill the tab, not left at 8x8 pixels
        assertTrue(onFx(() -> grid.imageBounds(0).getWidth()) > 60, "channel pictures fill the tab");

        // another sample: its class, and its own maps
        @SuppressWarnings("unchecked")
        Spinner<Integer> sample = robot.lookup("#featureMapSample").queryAs(Spinner.class);
        fx(() -> sample.getValueFactory().setValue(5));
        float[] expected = mapOf(5, firstConv).values();
        until(() -> tab.shownMap() != null && java.util.Arrays.equals(expected, tab.shownMap().values()));
        Dataset test = onFx(() -> vm.run().runProperty().get().data().test());
        assertEquals("class " + test.classNames().get(test.labels()[5]),
                robot.lookup("#featureMapClass").queryAs(Label.class).getText());

        // while training continues, the maps follow it, computed on the trainer's thread
        FeatureMap before = onFx(tab::shownMap);
        fx(() -> {
            vm.training().epochsProperty().set(500);
            vm.train();
        });
        until(() -> vm.run().stateProperty().get() == State.RUNNING && tab.shownMap() != before
                && !java.util.Arrays.equals(before.values(), tab.shownMap().values()));
        fx(() -> vm.run().stop());
        until(() -> vm.run().stateProperty().get() == State.FINISHED);
    }

    /** The maps of test sample {@code index}, computed independently of the tab. */
    private FeatureMap mapOf(int index, FeatureMapLayer layer) throws Exception {
        ModelHost run = onFx(() -> vm.run().runProperty().get());
        Dataset test = run.data().test();
        float[] row = new float[test.featureCount()];
        System.arraycopy(test.features().data, index * row.length, row, 0, row.length);
        return run.query(model -> FeatureMaps.compute(model, row, layer)).get(30, TimeUnit.SECONDS);
    }

    /**
     * The picture holds one pixel per value: the channel's maximum is viridis's top colour, and the
     * brightest pixel lies where the value is (within a colour step of) the maximum. False for a
     * constant channel, which has no peak to find.
     */
    private static boolean brightestPixelIsThePeak(Image image, FeatureMap map, int c) {
        int w = map.shape().width();
        int h = map.shape().height();
        assertEquals(w, (int) image.getWidth());
        assertEquals(h, (int) image.getHeight());
        float lo = map.min(c);
        float hi = map.max(c);
        if (!(hi > lo)) {
            return false;
        }
        PixelReader pixels = image.getPixelReader();
        int peak = map.argmax(c);
        assertEquals(Viridis.argb(1), pixels.getArgb(peak % w, peak / w), "channel " + c + " peak colour");
        int brightest = 0;
        double best = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double luminance = luminance(pixels.getArgb(x, y));
                if (luminance > best) {
                    best = luminance;
                    brightest = y * w + x;
                }
            }
        }
        float atBrightest = map.at(c, brightest / w, brightest % w);
        assertEquals(hi, atBrightest, (hi - lo) / 40, "channel " + c + ": value under the brightest pixel");
        return true;
    }

    private static double luminance(int argb) {
        return 0.2126 * (argb >> 16 & 0xFF) + 0.7152 * (argb >> 8 & 0xFF) + 0.0722 * (argb & 0xFF);
    }

}
