package workbench.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The one home of the trainer's seeds. Every random stream is a function of the training seed, the
 * epoch and what the stream is for, never of how many numbers an earlier call drew: so a run
 * continued at epoch k (Train more, or a saved model opened and trained on) draws exactly what an
 * unbroken run would have drawn from epoch k on, and no two purposes share a stream.
 */
public final class RandomStreams {
    /** What a stream is for; each purpose gets its own. */
    public enum Purpose {
        /** The order of the training rows in an epoch. */
        SHUFFLE,
        /** The denoising corruption of each training batch. */
        CORRUPTION,
        /** Dropout masks, Gaussian-noise layers and the VAE's sampling inside the model. */
        MODEL_NOISE,
        /** The corruption of the validation rows, drawn once so epochs compare like with like. */
        VALIDATION_CORRUPTION,
        /** The corruption of rows shown on screen or measured outside training (gallery, PCA baseline). */
        DISPLAY_CORRUPTION
    }

    private RandomStreams() {
    }

    /** A 64-bit seed for the stream; SplitMix64's finaliser spreads nearby inputs apart. */
    public static long seedFor(long trainingSeed, int epoch, Purpose purpose) {
        long z = trainingSeed * 0x9E3779B97F4A7C15L + ((long) epoch << 8) + purpose.ordinal() + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static RandomGenerator generator(long trainingSeed, int epoch, Purpose purpose) {
        return new Well19937c(seedFor(trainingSeed, epoch, purpose));
    }

    /** For a stream that does not depend on the epoch (validation, display). */
    public static RandomGenerator generator(long trainingSeed, Purpose purpose) {
        return generator(trainingSeed, 0, purpose);
    }
}
