package workbench.session.doctor;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.EpochStats;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.VariantSpec;

class CalibrationScratch {
    static void show(String name, Checkup c) {
        System.out.println("=== " + name + ": " + c.result.status() + " " + c.result.history().size() + " epochs; " + c.result.message());
        for (EpochStats s : c.result.history()) {
            System.out.printf("  epoch %d train %.5f val %s%n", s.epoch(), s.train().objective(), s.validation() == null ? "-" : String.format("%.5f", s.validation().objective()));
        }
        System.out.println(c);
        for (Diagnosis d : c.diagnoses) System.out.println("   numbers " + d.numbers());
    }

    @Test
    void scenarios() {
        ActivationFunction relu = ActivationFunction.RELU;
        ModelSpec example = Checkup.dense(List.of(LayerSpec.dense(128, relu), LayerSpec.dense(64, relu)), 32, relu,
                ActivationFunction.SIGMOID, LossFunction.MSE, VariantSpec.plain(), null);
        show("example", Checkup.of(example, Checkup.training(OptimizerKind.SGD, 1e9, 256, 3)));
        show("healthy", Checkup.of(Checkup.healthy(), Checkup.adam(10)));
        show("example design adam", Checkup.of(example, Checkup.adam(10)));
        show("sgd 1e-5", Checkup.of(Checkup.healthy(), Checkup.training(OptimizerKind.SGD, 1e-5, 32, 5)));
        show("adam 1e-7", Checkup.of(Checkup.healthy(), Checkup.training(OptimizerKind.ADAM, 1e-7, 32, 5)));
        for (double lr : new double[] {0.01, 0.03, 0.1}) {
            show("dead relu adam " + lr, Checkup.of(Checkup.healthy().withInitializer(Initializer.PYTORCH_DEFAULT), Checkup.training(OptimizerKind.ADAM, lr, 32, 5)));
        }
        java.util.List<LayerSpec> sig = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) sig.add(LayerSpec.dense(32, ActivationFunction.SIGMOID));
        show("deep sigmoid", Checkup.of(Checkup.dense(sig, 8, ActivationFunction.SIGMOID, ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.plain(), null), Checkup.adam(3)));
        ModelSpec linear = Checkup.dense(List.of(), 8, ActivationFunction.LINEAR, ActivationFunction.LINEAR, LossFunction.MSE, VariantSpec.plain(), null);
        for (double lr : new double[] {0.3, 0.5, 0.8, 1.0, 1.5}) {
            show("linear sgd " + lr, Checkup.of(linear, Checkup.training(OptimizerKind.SGD, lr, 32, 4)));
        }
        ModelSpec vae = Checkup.dense(List.of(LayerSpec.dense(32, relu)), 4, ActivationFunction.LINEAR, ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.variational(50, 0), null);
        show("vae beta 50", Checkup.of(vae, Checkup.adam(4)));
        show("vae beta 1", Checkup.of(vae.withVariant(VariantSpec.variational(1, 0)), Checkup.adam(4)));
        ModelSpec sparse = Checkup.dense(List.of(LayerSpec.dense(32, relu)), 16, ActivationFunction.SIGMOID, ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.sparseKl(1e-6, 0.05), null);
        show("sparse 1e-6", Checkup.of(sparse, Checkup.adam(4)));
        show("sparse 0.1", Checkup.of(sparse.withVariant(VariantSpec.sparseKl(0.1, 0.05)), Checkup.adam(4)));
        show("sparse 1", Checkup.of(sparse.withVariant(VariantSpec.sparseKl(1, 0.05)), Checkup.adam(4)));
        ModelSpec big = Checkup.dense(List.of(LayerSpec.dense(256, relu)), 32, relu, ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.plain(), null);
        PreparedDataSubset: {
            var d = Checkup.digits();
            var train = d.train().features();
            var few = new org.ejml.data.FMatrixRMaj(40, train.numCols);
            System.arraycopy(train.data, 0, few.data, 0, few.data.length);
            show("overfit", Checkup.of(big.withInputShape(d.sampleShape()), Checkup.training(OptimizerKind.ADAM, 3e-3, 8, 40), few, d.validation().features()));
        }
        var wine = Checkup.prepare("wine", workbench.data.Normalization.Kind.NONE, 0.1);
        ModelSpec tanh = new ModelSpec(wine.sampleShape(), List.of(LayerSpec.dense(16, ActivationFunction.TANH)), 4, ActivationFunction.TANH, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(), LossFunction.MSE, null, 1);
        show("wine tanh raw", Checkup.of(tanh, Checkup.adam(3), wine));
        var wineZ = Checkup.prepare("wine", workbench.data.Normalization.Kind.Z_SCORE, 0.1);
        show("wine tanh z", Checkup.of(tanh, Checkup.adam(3), wineZ));
    }
}
