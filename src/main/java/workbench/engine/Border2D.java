package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Adds a border of zeros to every side of each channel ({@code border} > 0, Keras's ZeroPadding2D)
 * or removes one ({@code border} < 0, Cropping2D). Output pixel (y, x) is input pixel
 * (y - border, x - border) where that exists and zero elsewhere, so both directions are one copy
 * of the rows the input and output share; the gradient copies the same rows back.
 */
public final class Border2D implements Layer {
    private final int border;
    private Shape inputShape;
    private Shape outputShape;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);

    public Border2D(int border) {
        if (border == 0) {
            throw new IllegalArgumentException("a border of 0 changes nothing; give a positive border to pad or a"
                    + " negative one to crop");
        }
        this.border = border;
    }

    @Override
    public Shape build(Shape input, int index) {
        int height = input.height() + 2 * border;
        int width = input.width() + 2 * border;
        if (input.isFlat() || height < 1 || width < 1) {
            throw new ShapeException(index, describe() + " cannot take the input " + input);
        }
        inputShape = input;
        outputShape = Shape.image(input.channels(), height, width);
        return outputShape;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        output.reshape(input.numRows, outputShape.size());
        copy(input.data, inputShape, output.data, outputShape, border, input.numRows);
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        gradInput.reshape(gradOutput.numRows, inputShape.size());
        copy(gradOutput.data, outputShape, gradInput.data, inputShape, -border, gradOutput.numRows);
        return gradInput;
    }

    /**
     * Writes every row of {@code to}: pixel (y, x) of each plane from pixel (y - shift, x - shift) of
     * the same plane of {@code from}, or zero where that is outside it.
     */
    private static void copy(float[] from, Shape fromShape, float[] to, Shape toShape, int shift, int samples) {
        int planes = samples * fromShape.channels();
        int fromH = fromShape.height();
        int fromW = fromShape.width();
        int toH = toShape.height();
        int toW = toShape.width();
        int firstX = Math.max(0, shift);
        int lastX = Math.min(toW, fromW + shift);
        Arrays.fill(to, 0, planes * toH * toW, 0f);
        for (int p = 0; p < planes; p++) {
            for (int y = Math.max(0, shift); y < Math.min(toH, fromH + shift); y++) {
                System.arraycopy(from, (p * fromH + y - shift) * fromW + firstX - shift,
                        to, (p * toH + y) * toW + firstX, lastX - firstX);
            }
        }
    }

    @Override
    public String describe() {
        return border > 0 ? "ZeroPadding2D(" + border + ")" : "Cropping2D(" + -border + ")";
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
