package workbench.session.doctor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;
import workbench.engine.EpochCheck;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.engine.ModelSpec;
import workbench.engine.Parameter;
import workbench.engine.Trainer;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingSpec;

/**
 * Watches one training run and says in words what goes wrong with it, while it trains. It records
 * the batch losses and, at a few batches an epoch, the gradients as the optimizer is about to use
 * them; before the first batch and at each epoch's end it looks inside the network once (the
 * {@link Probe}), and at each epoch's end it asks every detector. Each kind of diagnosis is made once in a model's life. A dead network ends the run, as
 * a NaN loss does: the trainer puts the weights back to the end of the last sound epoch.
 *
 * <p>It draws no random number and changes no weight, so a run trains to the same bits with it or
 * without it; what it keeps is sized when it is made, so it allocates nothing per batch.
 */
public final class Doctor implements TrainingListener, EpochCheck {
    /** Every epoch-end rule, the fatal one first. */
    private static final List<Detector> DETECTORS = List.of(new DeadNetwork(), new Exploding(), new DeadRelu(),
            new Saturation(), new VanishingGradients(), new LearningRateTooLow(), new Overfitting(),
            new WorseThanPca(), new PosteriorCollapse(), new SparsityTargetMissed());

    private final ModelSpec model;
    private final TrainingSpec training;
    private final List<ProbedLayer> layers;
    private final Probe probe;
    private final GradientRecord gradients;
    private final LossRecord losses = new LossRecord();
    private final List<EpochStats> history;
    /** Every layer's health before this run's first batch and at its epoch ends: one small record an epoch. */
    private final List<HealthRecord> health = new ArrayList<>();
    private final Set<DiagnosisKind> found = EnumSet.noneOf(DiagnosisKind.class);
    private final Findings sink;
    private volatile PcaReference pca;

    /**
     * @param trainRows the training split, from which the probe's rows are taken
     * @param earlier   the model's history before this run
     * @param known     what was diagnosed before (earlier runs of the same model): not said again
     * @param sink      told each new diagnosis and each epoch's health, on the training thread
     */
    public Doctor(Autoencoder model, TrainingSpec training, FMatrixRMaj trainRows, List<EpochStats> earlier,
                  Collection<Diagnosis> known, Findings sink) {
        this.model = model.spec();
        this.training = training;
        this.layers = ProbedLayer.of(model);
        this.probe = new Probe(layers, trainRows, model.codeSize());
        this.gradients = new GradientRecord(layers);
        this.history = new ArrayList<>(earlier);
        known.forEach(d -> found.add(d.kind()));
        this.sink = sink;
        // a look before the first batch: where the run starts from, which the epochs' looks are
        // compared with (a layer that starts half dead is not dying) and the Health view's first column
        probe.look(model);
        HealthRecord start = HealthLook.of(earlier.size(), layers, probe, gradients, model);
        health.add(start);
        sink.examined(start, HealthLook.features(earlier.size(), layers, model));
    }

    /** Where the doctor's findings go, on the training thread, as they are made: it must be quick. */
    @FunctionalInterface
    public interface Findings {
        void diagnosed(Diagnosis diagnosis);

        /**
         * Every layer's health at an epoch's end, and the first layer's weights as pictures (null
         * when they have no picture's shape); copies, free to keep.
         */
        default void examined(HealthRecord health, LearnedFeatures features) {
        }
    }

    /** Watches {@code trainer}'s run: its batches, its gradients and its epochs' ends. */
    public void attachTo(Trainer trainer) {
        trainer.addListener(this);
        trainer.addCheck(this);
    }

    /** The baseline to hold the model to from now on, once it is known. */
    public void setPca(PcaReference reference) {
        pca = reference;
    }

    /** The PCA diagnosis of a model with {@code history}, for a baseline known only at the run's end; or null. */
    public static Diagnosis againstPca(List<EpochStats> history, ModelSpec model, PcaReference reference) {
        return WorseThanPca.examine(history, model.variant().isVariational(), reference);
    }

    @Override
    public void gradientsComputed(int epoch, int batch, int batchesPerEpoch, List<Parameter> parameters) {
        gradients.offer(epoch, batch, batchesPerEpoch, parameters);
    }

    @Override
    public void batchEnded(int epoch, int batch, int batchesPerEpoch, LossBreakdown loss, double learningRate) {
        losses.add(loss.objective());
        // an explosion is NaN within a few batches: the epoch's end would come too late to name it
        if (!found.contains(DiagnosisKind.EXPLODING)) {
            Diagnosis d = Exploding.atBatch(losses, epoch, batch, learningRate, training);
            if (d != null) {
                found.add(d.kind());
                sink.diagnosed(d);
            }
        }
    }

    @Override
    public String failure(Autoencoder live, EpochStats stats) {
        history.add(stats);
        probe.look(live);
        HealthRecord now = HealthLook.of(stats.epoch(), layers, probe, gradients, live);
        health.add(now);
        sink.examined(now, HealthLook.features(stats.epoch(), layers, live));
        Evidence evidence = new Evidence(history, model, training, layers, probe, gradients, losses,
                Collections.unmodifiableList(health), pca);
        String fatal = null;
        for (Detector detector : DETECTORS) {
            if (found.contains(detector.kind())) {
                continue;
            }
            Diagnosis d = detector.examine(evidence);
            if (d != null) {
                found.add(d.kind());
                sink.diagnosed(d);
                if (d.kind().endsRun() && fatal == null) {
                    fatal = d.message() + " " + restored(stats.epoch());
                }
            }
        }
        return fatal;
    }

    /** What the trainer does with the weights when the run ends at {@code epoch}. */
    private String restored(int epoch) {
        return epoch == 1 ? "The weights were put back to where training started."
                : "The weights were put back to the end of epoch " + (epoch - 1) + ".";
    }
}
