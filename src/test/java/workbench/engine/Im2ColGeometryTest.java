package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window geometry by TensorFlow's "same" and "valid" rules worked by hand, and im2col against a
 * naive unrolling written here, with col2im held to being its adjoint (&lt;im2col x, c&gt; = &lt;x, col2im c&gt;).
 */
class Im2ColGeometryTest {

    /** The padding after the input is the rest of what the output needs: Keras's odd pixel after. */
    @ParameterizedTest
    @CsvSource({
            "28, 3, 2, SAME, 0, 1",   // 14 outputs need 29 rows: the one extra after
            "7, 2, 2, SAME, 0, 1",    // pooling 7 to 4: the overhang after
            "8, 5, 1, SAME, 2, 2",    // stride 1, odd kernel: symmetric
            "6, 4, 1, SAME, 1, 2",    // even kernel: the odd one after
            "9, 3, 2, VALID, 0, 0"})
    void paddingAfterTheInputIsTheRestOfTheOverhang(int in, int kernel, int stride, Padding padding, int top,
                                                    int bottom) {
        ConvGeometry g = ConvGeometry.of(in, in + 1, kernel, stride, padding);
        assertEquals(top, g.padTop());
        assertEquals(bottom, g.padBottom());
        assertEquals((g.outHeight() - 1) * stride + kernel, top + in + bottom, "the windows end at the last padded row");
        ConvGeometry wide = ConvGeometry.of(in + 1, in, kernel, stride, padding);
        assertEquals(bottom, wide.padRight(), "columns follow the same rule");
    }

    @Test
    void samePaddingSplitsTheOverhangWithTheSmallerHalfOnTop() {
        // out = ceil(in / stride); total padding max((out - 1) stride + kernel - in, 0), top = total / 2
        assertEquals(new ConvGeometry(7, 7, 3, 2, 1, 1, 4, 4), ConvGeometry.of(7, 7, 3, 2, Padding.SAME));
        assertEquals(new ConvGeometry(5, 6, 4, 1, 1, 1, 5, 6), ConvGeometry.of(5, 6, 4, 1, Padding.SAME));
        assertEquals(new ConvGeometry(6, 6, 2, 2, 0, 0, 3, 3), ConvGeometry.of(6, 6, 2, 2, Padding.SAME));
        assertEquals(new ConvGeometry(4, 9, 5, 3, 2, 1, 2, 3), ConvGeometry.of(4, 9, 5, 3, Padding.SAME));
    }

    @Test
    void validPaddingKeepsOnlyWholeWindows() {
        assertEquals(new ConvGeometry(7, 8, 3, 2, 0, 0, 3, 3), ConvGeometry.of(7, 8, 3, 2, Padding.VALID));
        assertEquals(new ConvGeometry(3, 3, 3, 1, 0, 0, 1, 1), ConvGeometry.of(3, 3, 3, 1, Padding.VALID));
        ConvGeometry none = ConvGeometry.of(2, 5, 3, 1, Padding.VALID);
        assertEquals(0, none.outHeight());
        assertFalse(none.hasOutput());
        assertFalse(ConvGeometry.of(5, 2, 3, 1, Padding.VALID).hasOutput());
        assertTrue(ConvGeometry.of(3, 3, 3, 1, Padding.VALID).hasOutput());
        assertEquals(12, ConvGeometry.of(4, 3, 1, 1, Padding.VALID).inPositions());
        assertEquals(2 * 2, ConvGeometry.of(4, 3, 2, 2, Padding.SAME).outPositions());
        assertThrows(IllegalArgumentException.class, () -> ConvGeometry.of(4, 4, 0, 1, Padding.SAME));
        assertThrows(IllegalArgumentException.class, () -> ConvGeometry.of(4, 4, 1, 0, Padding.SAME));
    }

    @Test
    void transposedLengthsFollowKeras() {
        assertEquals(14, ConvGeometry.transposedLength(7, 3, 2, Padding.SAME));
        assertEquals(15, ConvGeometry.transposedLength(7, 3, 2, Padding.VALID));
        assertEquals(9, ConvGeometry.transposedLength(7, 3, 1, Padding.VALID));
    }

    @ParameterizedTest
    @CsvSource({"5, 6, 3, 1, SAME", "7, 7, 3, 2, SAME", "6, 5, 2, 2, VALID", "8, 9, 3, 3, SAME", "4, 4, 5, 1, SAME",
            "9, 7, 4, 2, VALID", "3, 8, 1, 1, VALID", "5, 5, 3, 2, VALID"})
    void im2colMatchesANaiveUnrollingAndCol2imIsItsAdjoint(int h, int w, int k, int s, Padding padding) {
        int channels = 2;
        ConvGeometry g = ConvGeometry.of(h, w, k, s, padding);
        Well19937c rng = new Well19937c(h * 100 + w * 10 + k + s);
        int offset = 3;
        float[] x = new float[offset + channels * h * w];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        int rows = channels * k * k;
        int colOffset = 2;
        int colWidth = colOffset + g.outPositions() + 1;
        float[] col = new float[rows * colWidth];
        Arrays.fill(col, Float.NaN);
        Im2Col.im2col(x, offset, channels, g, col, colWidth, colOffset);
        for (int c = 0, row = 0; c < channels; c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, row++) {
                    for (int oy = 0; oy < g.outHeight(); oy++) {
                        for (int ox = 0; ox < g.outWidth(); ox++) {
                            int iy = oy * s + ky - g.padTop();
                            int ix = ox * s + kx - g.padLeft();
                            float expected = iy < 0 || iy >= h || ix < 0 || ix >= w ? 0f
                                    : x[offset + c * h * w + iy * w + ix];
                            assertEquals(expected, col[row * colWidth + colOffset + oy * g.outWidth() + ox], 0f,
                                    "row " + row + " at " + oy + "," + ox);
                        }
                    }
                }
            }
        }
        // adjoint: <im2col x, c> = <x, col2im c> for a random c
        float[] c = new float[col.length];
        double lhs = 0;
        for (int row = 0; row < rows; row++) {
            for (int j = colOffset; j < colOffset + g.outPositions(); j++) {
                c[row * colWidth + j] = (float) rng.nextGaussian();
                lhs += (double) col[row * colWidth + j] * c[row * colWidth + j];
            }
        }
        float[] back = new float[x.length];
        Im2Col.col2im(c, colWidth, colOffset, channels, g, back, offset);
        double rhs = 0;
        for (int i = 0; i < offset; i++) {
            assertEquals(0f, back[i], 0f, "col2im writes before its sample");
        }
        for (int i = offset; i < x.length; i++) {
            rhs += (double) x[i] * back[i];
        }
        assertEquals(lhs, rhs, 1e-4 * Math.max(1, Math.abs(lhs)));
    }

    @Test
    void gatherAndScatterConvertBetweenSampleRowsAndChannelMajorChunks() {
        // 3 samples of 2 channels x 2 positions: value = 100 sample + 10 channel + position
        float[] batch = new float[3 * 4];
        for (int s = 0; s < 3; s++) {
            for (int c = 0; c < 2; c++) {
                for (int p = 0; p < 2; p++) {
                    batch[s * 4 + c * 2 + p] = 100 * s + 10 * c + p;
                }
            }
        }
        float[] chunk = new float[2 * 2 * 2];
        Im2Col.gather(batch, 1, 2, 2, 2, chunk);
        assertArrayEquals(new float[] {100, 101, 200, 201, 110, 111, 210, 211}, chunk, 0f);
        float[] out = new float[12];
        Im2Col.scatter(chunk, 1, 2, 2, 2, new float[] {0.5f, -1}, out);
        assertArrayEquals(new float[] {0, 0, 0, 0, 100.5f, 101.5f, 109, 110, 200.5f, 201.5f, 209, 210}, out, 0f);
        float[] plain = new float[12];
        Im2Col.scatter(chunk, 0, 2, 2, 2, null, plain);
        assertArrayEquals(new float[] {100, 101, 110, 111, 200, 201, 210, 211, 0, 0, 0, 0}, plain, 0f);
        float[] sums = {9, 9, 9};
        Im2Col.channelSums(batch, 3, 2, 2, sums);
        // channel 0: (0 + 1) + (100 + 101) + (200 + 201); channel 1: each plus 20
        assertArrayEquals(new float[] {603, 663, 9}, sums, 0f);
    }

    @Test
    void chunksHoldAsManySamplesAsTheBudgetAllowsAndAtLeastOne() {
        assertEquals(Im2Col.COLUMN_BUDGET / 1000, Im2Col.chunkSamples(1000));
        assertEquals(1, Im2Col.chunkSamples(Im2Col.COLUMN_BUDGET * 3));
        assertEquals(Im2Col.COLUMN_BUDGET, Im2Col.chunkSamples(0));
    }
}
