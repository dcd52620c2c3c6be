package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;
import workbench.analysis.Pca;
import workbench.analysis.PrincipalAngles;

/**
 * A linear autoencoder trained with squared error spans the same subspace as the top principal
 * components (Baldi and Hornik, 1989): the decoder's rows must make small principal angles with
 * the PCA components computed by EJML.
 */
class LinearAutoencoderPcaTest {

    @Test
    void decoderSpansThePrincipalSubspace() {
        int n = 600;
        int d = 8;
        int k = 3;
        Well19937c rng = new Well19937c(5);
        // variances 9, 4, 2.25 along three random directions, then small isotropic noise
        FMatrixRMaj latent = new FMatrixRMaj(n, d);
        double[] std = {3, 2, 1.5, 0.3, 0.3, 0.3, 0.3, 0.3};
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                latent.set(i, j, (float) (rng.nextGaussian() * std[j]));
            }
        }
        FMatrixRMaj rotation = randomRotation(d, rng);
        FMatrixRMaj data = new FMatrixRMaj(n, d);
        CommonOps_FDRM.mult(latent, rotation, data);

        ModelSpec spec = new ModelSpec(Shape.flat(d), List.of(), k, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.LINEAR, VariantSpec.plain(), LossFunction.MSE, Initializer.GLOROT_UNIFORM, 3);
        Autoencoder model = new Autoencoder(spec);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.01),
                ScheduleSpec.constant(), 32, 150, 0, 1, 0, 0, true, 0);
        new Trainer(model, training, data, null).run();

        Dense decoder = (Dense) model.decoder().layers().get(0);
        FMatrixRMaj decoderSpan = new FMatrixRMaj(d, k);
        CommonOps_FDRM.transpose(decoder.weights(), decoderSpan);
        FMatrixRMaj components = Pca.fit(data).components(k);
        double[] angles = PrincipalAngles.between(decoderSpan, components);
        double largestDegrees = Math.toDegrees(angles[angles.length - 1]);
        assertTrue(largestDegrees < 3, "largest principal angle " + largestDegrees + " degrees");

        // and a random 3-D subspace is far from it, so the check can fail
        FMatrixRMaj random = GradientCheck.random(d, k, 77, 1.0);
        double[] randomAngles = PrincipalAngles.between(random, components);
        assertTrue(Math.toDegrees(randomAngles[randomAngles.length - 1]) > 20);
    }

    private static FMatrixRMaj randomRotation(int d, Well19937c rng) {
        org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            a.data[i] = rng.nextGaussian();
        }
        var qr = org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(d, d);
        qr.decompose(a);
        org.ejml.data.DMatrixRMaj q = qr.getQ(null, false);
        FMatrixRMaj out = new FMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            out.data[i] = (float) q.data[i];
        }
        return out;
    }
}
