package workbench.io.format;

import workbench.engine.Shape;

/** A sample's shape, channels x height x width. */
public record ShapeJson(int channels, int height, int width) {

    static ShapeJson fromShape(Shape s) {
        return s == null ? null : new ShapeJson(s.channels(), s.height(), s.width());
    }

    Shape toShape() {
        return new Shape(channels, height, width);
    }

    static Shape toShape(ShapeJson json) {
        return json == null ? null : json.toShape();
    }
}
