package workbench.session.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ejml.data.FMatrixRMaj;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.Shape;
import workbench.engine.Trainer;
import workbench.engine.TrainingResult;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.session.DataPreparation;
import workbench.session.DatasetRef;
import workbench.session.PreparedData;

/**
 * A run with the doctor watching, on bundled data (digits-8x8 unless told otherwise): what it
 * diagnosed and how the run ended. The designs are small and the schedules short, so a checkup
 * takes a fraction of a second.
 */
final class Checkup {
    private static PreparedData digits;

    final TrainingResult result;
    final List<Diagnosis> diagnoses;
    final Autoencoder model;
    /** What the doctor recorded at each epoch's end, and the first layer's pictures at the last. */
    final List<HealthRecord> health;
    final LearnedFeatures features;

    private Checkup(TrainingResult result, Autoencoder model, Recorder recorded) {
        this.result = result;
        this.diagnoses = List.copyOf(recorded.diagnoses);
        this.model = model;
        this.health = List.copyOf(recorded.health);
        this.features = recorded.features;
    }

    private static final class Recorder implements Doctor.Findings {
        final List<Diagnosis> diagnoses = new ArrayList<>();
        final List<HealthRecord> health = new ArrayList<>();
        LearnedFeatures features;

        @Override
        public void diagnosed(Diagnosis d) {
            diagnoses.add(d);
        }

        @Override
        public void examined(HealthRecord record, LearnedFeatures pictures) {
            health.add(record);
            features = pictures;
        }
    }

    /** digits-8x8 as a run prepares it: no normalisation, 10% of the training split for validation, seed 1. */
    static synchronized PreparedData digits() {
        if (digits == null) {
            digits = prepare("digits-8x8", Normalization.Kind.NONE, 0.1);
        }
        return digits;
    }

    static PreparedData prepare(String dataset, Normalization.Kind normalization, double validation) {
        try {
            return new DataPreparation(new DatasetRegistry()).prepare(new DatasetRef(dataset, normalization),
                    validation, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains {@code model} on digits-8x8 with the doctor watching. */
    static Checkup of(ModelSpec model, TrainingSpec training) {
        return of(model, training, digits());
    }

    static Checkup of(ModelSpec model, TrainingSpec training, PreparedData data) {
        FMatrixRMaj validation = data.validation().size() > 0 ? data.validation().features() : null;
        return of(model.withInputShape(data.sampleShape()), training, data.train().features(), validation);
    }

    static Checkup of(ModelSpec model, TrainingSpec training, FMatrixRMaj train, FMatrixRMaj validation) {
        Autoencoder autoencoder = new Autoencoder(model);
        Trainer trainer = new Trainer(autoencoder, training, train, validation);
        Recorder recorder = new Recorder();
        new Doctor(autoencoder, training, train, List.of(), List.of(), recorder).attachTo(trainer);
        return new Checkup(trainer.run(), autoencoder, recorder);
    }

    /** A dense design on 64 features: the hidden layers, the code, its activation, the output and the loss. */
    static ModelSpec dense(List<LayerSpec> hidden, int latent, ActivationFunction code, ActivationFunction output,
                           LossFunction loss, VariantSpec variant, Initializer init) {
        return new ModelSpec(Shape.flat(64), hidden, latent, code, true, List.of(), output, variant, loss, init, 1);
    }

    /** The sound default: 64-32-[16]-32-64, ReLU, sigmoid output, BCE. */
    static ModelSpec healthy() {
        return dense(List.of(LayerSpec.dense(32, ActivationFunction.RELU)), 16, ActivationFunction.RELU,
                ActivationFunction.SIGMOID, LossFunction.BCE, VariantSpec.plain(), null);
    }

    static TrainingSpec training(OptimizerKind optimizer, double rate, int batch, int epochs) {
        return new TrainingSpec(OptimizerSpec.defaults(optimizer).withLearningRate(rate), ScheduleSpec.constant(),
                batch, epochs, 0.1, 1, 0, 0, true, 0);
    }

    /** Adam at 1e-3, batch 32. */
    static TrainingSpec adam(int epochs) {
        return training(OptimizerKind.ADAM, 1e-3, 32, epochs);
    }

    boolean found(DiagnosisKind kind) {
        return diagnoses.stream().anyMatch(d -> d.kind() == kind);
    }

    Diagnosis get(DiagnosisKind kind) {
        return diagnoses.stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " among " + this));
    }

    @Override
    public String toString() {
        return diagnoses.isEmpty() ? "no diagnosis"
                : diagnoses.stream().map(Diagnosis::message).collect(Collectors.joining("\n"));
    }
}
