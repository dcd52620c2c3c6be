package workbench.engine;

/**
 * A loss in every unit a user may want, with its parts.
 *
 * @param objective          what the optimizer minimises: the reconstruction's per-element mean
 *                           plus penalties; for a VAE, the per-sample sum plus beta times KL
 * @param reconstructionMean reconstruction loss, mean per element (the Keras number)
 * @param reconstructionSum  reconstruction loss, summed per sample then averaged over samples
 * @param kl                 VAE: KL divergence per sample, in nats; 0 otherwise
 * @param penalty            sparsity penalty (already inside {@code objective}); 0 otherwise
 */
public record LossBreakdown(double objective, double reconstructionMean, double reconstructionSum,
                            double kl, double penalty) {

    public static final LossBreakdown NONE = new LossBreakdown(Double.NaN, Double.NaN, Double.NaN, 0, 0);

    public boolean isFinite() {
        return Double.isFinite(objective) && Double.isFinite(reconstructionMean);
    }
}
