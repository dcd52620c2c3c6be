package workbench.app.featuremaps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import workbench.session.FeatureMap;

/**
 * A layer's channels side by side, as large as the area allows (see {@link GridFit}); the tiles
 * are kept from one map to the next, so a live refresh only rewrites pixels. Call on the FX thread.
 */
final class ChannelGrid extends Region {
    private static final double GAP = 8;
    private static final double PAD = 8;

    private final List<ChannelTile> tiles = new ArrayList<>();
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper("");
    private FeatureMap map;

    ChannelGrid() {
        setId("featureMapGrid");
        setMinSize(0, 0);
    }

    void show(FeatureMap newMap) {
        boolean resized = map == null || !map.shape().equals(newMap.shape());
        map = newMap;
        while (tiles.size() > newMap.channels()) {
            getChildren().remove(tiles.remove(tiles.size() - 1));
        }
        while (tiles.size() < newMap.channels()) {
            ChannelTile tile = new ChannelTile(hover::set);
            tiles.add(tile);
            getChildren().add(tile);
        }
        for (int c = 0; c < tiles.size(); c++) {
            tiles.get(c).show(newMap, c);
        }
        if (resized) {
            requestLayout();
        }
    }

    void clear() {
        map = null;
        tiles.clear();
        getChildren().clear();
        hover.set("");
    }

    int channelCount() {
        return tiles.size();
    }

    /** Each channel's picture at one pixel per value, in channel order. */
    List<Image> channelImages() {
        return tiles.stream().map(ChannelTile::image).toList();
    }

    List<String> captions() {
        return tiles.stream().map(ChannelTile::caption).toList();
    }

    /** Where channel {@code c}'s picture is drawn, in this grid's coordinates. */
    Bounds imageBounds(int c) {
        ChannelTile tile = tiles.get(c);
        return tile.localToParent(tile.view().getBoundsInParent());
    }

    /** A line about the value under the pointer, or "". */
    ReadOnlyStringProperty readoutProperty() {
        return hover.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        if (map == null || tiles.isEmpty()) {
            return;
        }
        double width = getWidth() - 2 * PAD;
        double height = getHeight() - 2 * PAD;
        double aspect = map.shape().width() / (double) map.shape().height();
        GridFit fit = GridFit.of(tiles.size(), aspect, width, height, ChannelTile.CAPTION, GAP);
        double blockW = fit.columns() * fit.imageWidth() + (fit.columns() - 1) * GAP;
        double blockH = fit.rows() * (fit.imageHeight() + ChannelTile.CAPTION) + (fit.rows() - 1) * GAP;
        double left = PAD + Math.max(0, (width - blockW) / 2);
        double top = PAD + Math.max(0, (height - blockH) / 2);
        for (int c = 0; c < tiles.size(); c++) {
            ChannelTile tile = tiles.get(c);
            int col = c % fit.columns();
            int row = c / fit.columns();
            tile.fit(fit.imageWidth(), fit.imageHeight());
            tile.resizeRelocate(snapPositionX(left + col * (fit.imageWidth() + GAP)),
                    snapPositionY(top + row * (fit.imageHeight() + ChannelTile.CAPTION + GAP)),
                    fit.imageWidth(), fit.imageHeight() + ChannelTile.CAPTION);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 440;
    }
}
