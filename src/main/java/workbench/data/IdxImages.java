package workbench.data;

import org.ejml.data.FMatrixRMaj;

/**
 * Images read from an IDX file: one image per row of {@code pixels}, row-major within the image,
 * values in [0, 1]. The height and width travel beside the matrix because a row alone cannot tell a
 * 28x28 image from a 14x56 one.
 */
public record IdxImages(FMatrixRMaj pixels, int height, int width) {

    public IdxImages {
        if (height < 1 || width < 1 || pixels.numCols != height * width) {
            throw new IllegalArgumentException("images of " + height + "x" + width + " need "
                    + (long) height * width + " columns, the matrix has " + pixels.numCols);
        }
    }

    public int count() {
        return pixels.numRows;
    }
}
