package workbench.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * The denoising autoencoder's input corruption. It lives in the engine, not with the data, because
 * the trainer draws fresh noise for every batch from its own seeded generator.
 */
public final class Corruption {
    private Corruption() {
    }

    /**
     * A corrupted copy drawn the same way every time from one fixed stream: for rows shown on
     * screen (no flicker between snapshots) and for measurements outside training (the PCA
     * baseline), so that both see the very same corruption.
     */
    public static FMatrixRMaj forDisplay(VariantSpec variant, FMatrixRMaj clean) {
        FMatrixRMaj out = new FMatrixRMaj(clean.numRows, clean.numCols);
        apply(variant, clean, out, RandomStreams.generator(0, RandomStreams.Purpose.DISPLAY_CORRUPTION));
        return out;
    }

    /** Writes a corrupted copy of {@code clean} into {@code out}; {@code clean} is not touched. */
    public static void apply(VariantSpec variant, FMatrixRMaj clean, FMatrixRMaj out, RandomGenerator rng) {
        out.reshape(clean.numRows, clean.numCols);
        float[] x = clean.data;
        float[] y = out.data;
        int n = clean.getNumElements();
        float level = (float) variant.noiseLevel();
        switch (variant.noise()) {
            case GAUSSIAN -> {
                for (int i = 0; i < n; i++) {
                    float v = x[i] + (float) rng.nextGaussian() * level;
                    y[i] = variant.clipNoise() ? Math.max(0f, Math.min(1f, v)) : v;
                }
            }
            case MASKING -> {
                for (int i = 0; i < n; i++) {
                    y[i] = rng.nextFloat() < level ? 0f : x[i];
                }
            }
            case SALT_AND_PEPPER -> {
                for (int i = 0; i < n; i++) {
                    y[i] = rng.nextFloat() < level ? (rng.nextBoolean() ? 1f : 0f) : x[i];
                }
            }
        }
    }
}
