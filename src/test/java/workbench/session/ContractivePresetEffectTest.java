package workbench.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbench.data.DatasetRegistry;
import workbench.engine.Autoencoder;
import workbench.engine.LossBreakdown;
import workbench.engine.ModelSpec;
import workbench.engine.Trainer;
import workbench.engine.VariantSpec;

/**
 * The measurement behind the contractive preset's paragraph: the preset as it is, and the same
 * design and training without the penalty, compared on the test set by the squared Jacobian (read
 * through a contractive model of weight 1 holding the trained weights), by how far the code drifts
 * when the input gets a little noise, and by the reconstruction loss. About 15 s, so it runs with
 * the benchmarks ({@code mvn -B test -Pbenchmarks -Dtest=ContractivePresetEffectTest}) and prints
 * its numbers; it asserts only the effect's direction and a generous size.
 */
@Tag("benchmark")
class ContractivePresetEffectTest {
    private record Effect(double jacobian, double drift, double bce) {
    }

    @Test
    void thePenaltyShrinksTheJacobianAndTheDriftButNotTheFit() throws Exception {
        Preset preset = Presets.all().stream().filter(p -> p.title().equals("Contractive")).findFirst().orElseThrow();
        Experiment e = preset.experiment();
        PreparedData data = new DataPreparation(new DatasetRegistry()).prepare(e.dataset(),
                e.training().validationFraction(), e.seed());
        ModelSpec contractive = e.model().withInputShape(data.sampleShape());
        ModelSpec plain = contractive.withVariant(VariantSpec.plain());
        Effect with = measure(contractive, e, data);
        Effect without = measure(plain, e, data);
        System.out.printf("contractive preset, seed %d, %d epochs: mean squared Jacobian %.3f (plain %.3f),"
                        + " code drift under noise 0.05 %.5f (plain %.5f), test BCE %.4f (plain %.4f)%n", e.seed(),
                e.training().epochs(), with.jacobian, without.jacobian, with.drift, without.drift, with.bce, without.bce);
        assertTrue(with.jacobian < without.jacobian / 4, "the Jacobian shrinks");
        assertTrue(with.drift < without.drift / 2, "the code drifts less");
        assertTrue(with.bce < without.bce * 1.05, "at about the same fit");
    }

    private static Effect measure(ModelSpec spec, Experiment e, PreparedData data) {
        Autoencoder model = new Autoencoder(spec);
        new Trainer(model, e.training(), data.train().features(), data.validation().features()).run();
        Autoencoder probe = new Autoencoder(spec.withVariant(VariantSpec.contractive(1)));
        for (int i = 0; i < model.parameters().size(); i++) {
            probe.parameters().get(i).value().setTo(model.parameters().get(i).value());
        }
        FMatrixRMaj test = data.test().features();
        LossBreakdown loss = probe.evaluate(test, 0);
        FMatrixRMaj noisy = test.copy();
        Random rng = new Random(5);
        for (int i = 0; i < noisy.data.length; i++) {
            noisy.data[i] += (float) (0.05 * rng.nextGaussian());
        }
        FMatrixRMaj before = model.encode(test);
        FMatrixRMaj after = model.encode(noisy);
        double sum = 0;
        for (int i = 0; i < before.data.length; i++) {
            double d = after.data[i] - before.data[i];
            sum += d * d;
        }
        return new Effect(loss.penalty(), Math.sqrt(sum / before.data.length), loss.reconstructionMean());
    }
}
