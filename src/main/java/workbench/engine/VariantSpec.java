package workbench.engine;

import java.util.Locale;

/**
 * What kind of autoencoder, with its settings. Fields that do not apply to the kind are ignored.
 *
 * @param noise          DENOISING: how the input is corrupted (the target stays clean)
 * @param noiseLevel     Gaussian standard deviation, or the fraction of values masked / salted
 * @param clipNoise      DENOISING: clamp the corrupted input to [0, 1], as the Keras example does
 * @param sparsity       SPARSE: L1 on the code, or KL divergence of each code unit's mean to rho
 * @param sparsityWeight SPARSE: weight of the penalty
 * @param sparsityTarget SPARSE with KL: the target mean activation rho
 * @param beta           VARIATIONAL: weight of the KL term
 * @param warmupEpochs   VARIATIONAL: beta ramps linearly from 0 over this many epochs (0 = none)
 * @param contractiveWeight CONTRACTIVE: weight of the squared Frobenius norm of the code layer's Jacobian
 */
public record VariantSpec(Kind kind, Noise noise, double noiseLevel, boolean clipNoise,
                          Sparsity sparsity, double sparsityWeight, double sparsityTarget,
                          double beta, int warmupEpochs, double contractiveWeight) {

    /** The settings a variant starts with, in the window and on the command line alike. */
    public static final double DEFAULT_NOISE_LEVEL = 0.3;
    public static final double DEFAULT_L1_WEIGHT = 1e-4;
    public static final double DEFAULT_KL_WEIGHT = 0.1;
    public static final double DEFAULT_KL_TARGET = 0.05;
    public static final double DEFAULT_BETA = 1;
    public static final double DEFAULT_CONTRACTIVE_WEIGHT = 1e-3;

    public enum Kind {
        PLAIN, DENOISING, SPARSE, VARIATIONAL, CONTRACTIVE;

        public static Kind parse(String name) {
            String key = name.trim().toUpperCase(Locale.ROOT);
            return switch (key) {
                case "PLAIN", "DENSE", "STANDARD" -> PLAIN;
                case "DENOISING", "DAE" -> DENOISING;
                case "SPARSE" -> SPARSE;
                case "VARIATIONAL", "VAE" -> VARIATIONAL;
                case "CONTRACTIVE", "CAE" -> CONTRACTIVE;
                default -> throw new IllegalArgumentException("unknown variant '" + name
                        + "': expected one of plain, denoising, sparse, variational (vae), contractive (cae)");
            };
        }
    }

    public enum Noise {
        GAUSSIAN, MASKING, SALT_AND_PEPPER;

        public static Noise parse(String name) {
            String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            return switch (key) {
                case "GAUSSIAN", "GAUSS" -> GAUSSIAN;
                case "MASKING", "MASK", "DROPOUT" -> MASKING;
                case "SALT_AND_PEPPER", "SALT_PEPPER", "SP" -> SALT_AND_PEPPER;
                default -> throw new IllegalArgumentException("unknown noise '" + name
                        + "': expected one of gaussian, masking, salt-and-pepper");
            };
        }
    }

    public enum Sparsity {
        L1, KL;

        public static Sparsity parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown sparsity penalty '" + name + "': expected l1 or kl");
            }
        }
    }

    public VariantSpec {
        if (kind == null) {
            kind = Kind.PLAIN;
        }
        if (noise == null) {
            noise = Noise.GAUSSIAN;
        }
        if (sparsity == null) {
            sparsity = Sparsity.L1;
        }
        if (kind == Kind.DENOISING) {
            boolean fraction = noise != Noise.GAUSSIAN;
            if (!(noiseLevel > 0) || (fraction && noiseLevel >= 1) || Double.isInfinite(noiseLevel)) {
                throw new IllegalArgumentException("denoising needs a noise level "
                        + (fraction ? "in (0, 1) (the fraction of values corrupted)" : "> 0 (the standard deviation)")
                        + ", got " + noiseLevel);
            }
        }
        if (kind == Kind.SPARSE) {
            if (!(sparsityWeight > 0)) {
                throw new IllegalArgumentException("sparse needs a penalty weight > 0, got " + sparsityWeight);
            }
            if (sparsity == Sparsity.KL && !(sparsityTarget > 0 && sparsityTarget < 1)) {
                throw new IllegalArgumentException("KL sparsity needs a target activation in (0, 1), got " + sparsityTarget);
            }
        }
        if (kind == Kind.VARIATIONAL && (!(beta >= 0) || warmupEpochs < 0)) {
            throw new IllegalArgumentException("variational needs beta >= 0 and warm-up epochs >= 0, got beta "
                    + beta + " and " + warmupEpochs + " warm-up epochs");
        }
        if (kind == Kind.CONTRACTIVE && !(contractiveWeight > 0 && contractiveWeight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("contractive needs a penalty weight > 0, got " + contractiveWeight);
        }
    }

    public static VariantSpec plain() {
        return new VariantSpec(Kind.PLAIN, Noise.GAUSSIAN, 0, false, Sparsity.L1, 0, 0, 1, 0, 0);
    }

    public static VariantSpec denoising(Noise noise, double level, boolean clip) {
        return new VariantSpec(Kind.DENOISING, noise, level, clip, Sparsity.L1, 0, 0, 1, 0, 0);
    }

    public static VariantSpec sparseL1(double weight) {
        return new VariantSpec(Kind.SPARSE, Noise.GAUSSIAN, 0, false, Sparsity.L1, weight, 0, 1, 0, 0);
    }

    public static VariantSpec sparseKl(double weight, double target) {
        return new VariantSpec(Kind.SPARSE, Noise.GAUSSIAN, 0, false, Sparsity.KL, weight, target, 1, 0, 0);
    }

    public static VariantSpec variational(double beta, int warmupEpochs) {
        return new VariantSpec(Kind.VARIATIONAL, Noise.GAUSSIAN, 0, false, Sparsity.L1, 0, 0, beta, warmupEpochs, 0);
    }

    public static VariantSpec contractive(double weight) {
        return new VariantSpec(Kind.CONTRACTIVE, Noise.GAUSSIAN, 0, false, Sparsity.L1, 0, 0, 1, 0, weight);
    }

    public boolean isVariational() {
        return kind == Kind.VARIATIONAL;
    }

    /** The KL weight in force during an epoch counted from 0. */
    public double betaAt(int epoch) {
        return warmupEpochs <= 0 ? beta : beta * Math.min(1.0, (epoch + 1) / (double) warmupEpochs);
    }
}
