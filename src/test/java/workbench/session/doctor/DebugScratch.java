package workbench.session.doctor;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

class DebugScratch {
    @Test
    void example() {
        ActivationFunction relu = ActivationFunction.RELU;
        ModelSpec example = Checkup.dense(List.of(LayerSpec.dense(128, relu), LayerSpec.dense(64, relu)), 32, relu,
                ActivationFunction.SIGMOID, LossFunction.MSE, VariantSpec.plain(), null);
        CalibrationScratch.show("example", Checkup.of(example, Checkup.training(OptimizerKind.SGD, 1e9, 256, 3)));
        ModelSpec linear = Checkup.dense(List.of(), 8, ActivationFunction.LINEAR, ActivationFunction.LINEAR, LossFunction.MSE, VariantSpec.plain(), null);
        for (double lr : new double[] {5, 20, 100}) {
            TrainingSpec t = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.SGD).withLearningRate(lr).withClipping(1, 0), ScheduleSpec.constant(), 32, 4, 0.1, 1, 0, 0, true, 0);
            CalibrationScratch.show("linear sgd clipped " + lr, Checkup.of(linear, t));
            CalibrationScratch.show("healthy sgd clipped " + lr, Checkup.of(Checkup.healthy(), t));
        }
    }
}
