package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/**
 * The VAE's code: z = mean + exp(logVar / 2) * eps with eps ~ N(0, 1) (the reparameterisation
 * trick), and the KL divergence of N(mean, exp(logVar)) from N(0, 1), with their gradients.
 */
final class VariationalCode {
    private final int latent;
    private final FMatrixRMaj z = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj eps = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradMean = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradLogVar = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradHidden = new FMatrixRMaj(1, 1);
    private FMatrixRMaj mean;
    private FMatrixRMaj logVar;

    VariationalCode(int latent) {
        this.latent = latent;
    }

    /** A sampled code when noise is given (training), else the mean itself. */
    FMatrixRMaj code(FMatrixRMaj mean, FMatrixRMaj logVar, Autoencoder.GaussianSource noise) {
        this.mean = mean;
        this.logVar = logVar;
        if (noise == null) {
            return mean;
        }
        int n = mean.getNumElements();
        eps.reshape(mean.numRows, latent);
        z.reshape(mean.numRows, latent);
        noise.fill(eps.data, n);
        for (int i = 0; i < n; i++) {
            z.data[i] = mean.data[i] + (float) Math.exp(0.5 * logVar.data[i]) * eps.data[i];
        }
        return z;
    }

    /** KL summed over the last batch's samples, in nats. */
    double klSum() {
        double sum = 0;
        for (int i = 0, n = mean.getNumElements(); i < n; i++) {
            float mu = mean.data[i];
            float lv = logVar.data[i];
            sum += -0.5 * (1 + lv - mu * mu - Math.exp(lv));
        }
        return sum;
    }

    /**
     * From the gradient at the sampled code, fills the gradients at the mean and log-variance heads,
     * adding beta times the gradient of the batch-mean KL. Returns the KL per sample.
     */
    double klAndGradients(FMatrixRMaj gradCode, double beta) {
        int rows = mean.numRows;
        int n = mean.getNumElements();
        gradMean.reshape(rows, latent);
        gradLogVar.reshape(rows, latent);
        float klScale = (float) (beta / rows);
        for (int i = 0; i < n; i++) {
            float std = (float) Math.exp(0.5 * logVar.data[i]);
            float g = gradCode.data[i];
            gradMean.data[i] = g + klScale * mean.data[i];
            gradLogVar.data[i] = g * eps.data[i] * 0.5f * std + klScale * 0.5f * (std * std - 1f);
        }
        return klSum() / rows;
    }

    FMatrixRMaj gradMean() {
        return gradMean;
    }

    FMatrixRMaj gradLogVar() {
        return gradLogVar;
    }

    /** The two heads both read the encoder's last output, so their input gradients add up. */
    FMatrixRMaj sum(FMatrixRMaj a, FMatrixRMaj b) {
        gradHidden.reshape(a.numRows, a.numCols);
        for (int i = 0, n = a.getNumElements(); i < n; i++) {
            gradHidden.data[i] = a.data[i] + b.data[i];
        }
        return gradHidden;
    }
}
