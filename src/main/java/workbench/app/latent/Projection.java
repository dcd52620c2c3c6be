package workbench.app.latent;

/**
 * Maps data coordinates to pixels of the plot area and back. One instance per redraw, shared by
 * the painter, the dot raster, the hover index and the mouse handlers, so they all agree to the
 * pixel on where a point is. Screen y grows downwards, data y upwards.
 */
record Projection(double left, double top, double width, double height, ViewRange view) {

    double toX(double dataX) {
        return left + (dataX - view.xMin()) / view.width() * width;
    }

    double toY(double dataY) {
        return top + (view.yMax() - dataY) / view.height() * height;
    }

    double fromX(double px) {
        return view.xMin() + (px - left) / width * view.width();
    }

    double fromY(double py) {
        return view.yMax() - (py - top) / height * view.height();
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
