package workbench.app.featuremaps;

/**
 * How to lay out n equal pictures, each with a caption line under it, so that they fill a given
 * area as large as they can be: the column count that gives the largest picture wins. A layer's
 * channels range from 1 to hundreds and the tab from a strip to a full screen, so no fixed column
 * count suits them all.
 *
 * @param columns     pictures per row
 * @param rows        rows of pictures
 * @param imageWidth  width of each picture, pixels
 * @param imageHeight height of each picture, pixels (the maps' aspect ratio is kept)
 */
record GridFit(int columns, int rows, double imageWidth, double imageHeight) {

    /**
     * @param count   pictures to place, at least 1
     * @param aspect  width / height of one picture
     * @param caption height of the caption under each picture
     * @param gap     space between neighbouring cells, both ways
     */
    static GridFit of(int count, double aspect, double width, double height, double caption, double gap) {
        GridFit best = null;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double cellW = (width - gap * (columns - 1)) / columns;
            double cellH = (height - gap * (rows - 1)) / rows - caption;
            double imageW = Math.max(0, Math.min(cellW, cellH * aspect));
            if (best == null || imageW > best.imageWidth) {
                best = new GridFit(columns, rows, imageW, imageW / aspect);
            }
        }
        return best;
    }
}
