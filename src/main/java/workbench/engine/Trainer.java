package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;

/**
 * Runs epochs of shuffled mini-batches on the calling thread. Same model seed, data and spec give
 * the same weights bit for bit. A loss that turns NaN or infinite stops the run with a message
 * that says where and what to try, and the weights go back to the end of the last sound epoch.
 * Given the {@link TrainingState} a previous run left, it continues it: the optimizer's moments,
 * its step count and the schedule go on, and every random stream is drawn by epoch
 * ({@link RandomStreams}), so 5 epochs and then 5 more give the weights of 10 in one go.
 */
public final class Trainer {
    private final Autoencoder model;
    private final TrainingSpec spec;
    private final FMatrixRMaj train;
    private final FMatrixRMaj validation;
    private final TrainingControl control;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final List<EpochCheck> checks = new CopyOnWriteArrayList<>();
    private final TrainingState state;
    private final Optimizer optimizer;
    private final boolean continued;
    private final List<EpochStats> history = new ArrayList<>();

    private final FMatrixRMaj batch = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj corrupted = new FMatrixRMaj(1, 1);

    /**
     * @param validation rows held out for validation, or null
     * @param earlier    epochs already trained (when continuing a saved model); numbering goes on
     * @param state      what the last run on this model left (updated as this one trains), or null
     *                   to start the optimizer afresh
     */
    public Trainer(Autoencoder model, TrainingSpec spec, FMatrixRMaj train, FMatrixRMaj validation,
                   TrainingControl control, List<EpochStats> earlier, TrainingState state) {
        int features = model.spec().inputShape().size();
        if (train.numCols != features || (validation != null && validation.numCols != features)) {
            throw new IllegalArgumentException("the model takes " + features + " values per sample but the data has "
                    + train.numCols + ": choose a model built for this dataset");
        }
        if (train.numRows == 0) {
            throw new IllegalArgumentException("there are no training samples");
        }
        this.model = model;
        this.spec = spec;
        this.train = train;
        this.validation = validation != null && validation.numRows > 0 ? validation : null;
        this.control = control != null ? control : new TrainingControl();
        if (earlier != null) {
            history.addAll(earlier);
        }
        this.state = state != null ? state : new TrainingState();
        this.continued = this.state.prepareFor(spec, history.size());
        this.optimizer = this.state.optimizer();
    }

    public Trainer(Autoencoder model, TrainingSpec spec, FMatrixRMaj train, FMatrixRMaj validation,
                   TrainingControl control, List<EpochStats> earlier) {
        this(model, spec, train, validation, control, earlier, null);
    }

    public Trainer(Autoencoder model, TrainingSpec spec, FMatrixRMaj train, FMatrixRMaj validation) {
        this(model, spec, train, validation, null, null);
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    /** A check that looks at the model at every epoch's end and may end the run (see {@link EpochCheck}). */
    public void addCheck(EpochCheck check) {
        checks.add(check);
    }

    public TrainingControl control() {
        return control;
    }

    /** Whether this run goes on from the optimizer state of an earlier one (false: afresh). */
    public boolean continuesOptimizer() {
        return continued;
    }

    public TrainingResult run() {
        List<Parameter> parameters = model.parameters();
        int n = train.numRows;
        int batchSize = Math.min(spec.batchSize(), n);
        int batchesPerEpoch = (n + batchSize - 1) / batchSize;
        int firstEpoch = history.size();
        int lastEpoch = firstEpoch + spec.epochs();

        boolean denoising = model.spec().variant().kind() == VariantSpec.Kind.DENOISING;
        // A denoising model is validated as it trains, on corrupted inputs against clean targets
        // (the Keras recipe); the corruption is drawn once so epochs compare like with like.
        FMatrixRMaj validationInput = validation;
        if (denoising && validation != null) {
            validationInput = new FMatrixRMaj(validation.numRows, validation.numCols);
            Corruption.apply(model.spec().variant(), validation, validationInput,
                    RandomStreams.generator(spec.seed(), RandomStreams.Purpose.VALIDATION_CORRUPTION));
        }
        LearningRateSchedule schedule = state.schedule();

        WeightCopy lastSound = new WeightCopy(parameters);
        lastSound.takeFrom(parameters);
        WeightCopy best = spec.patience() > 0 && spec.restoreBest() ? new WeightCopy(parameters) : null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = firstEpoch;
        int epochsWithoutImprovement = 0;
        int[] order = new int[n];
        // reseeded at each epoch's start (RandomStreams), allocated once
        RandomGenerator shuffleRng = new Well19937c(0);
        RandomGenerator corruptionRng = new Well19937c(0);
        long lastSnapshot = System.nanoTime();
        double trainSeconds = 0;
        double lossBefore = Double.NaN;

        for (int epoch = firstEpoch; epoch < lastEpoch; epoch++) {
            int localEpoch = epoch - firstEpoch;
            optimizer.setLearningRate(schedule.rateFor(epoch));
            corruptionRng.setSeed(RandomStreams.seedFor(spec.seed(), epoch, RandomStreams.Purpose.CORRUPTION));
            model.seedNoise(RandomStreams.seedFor(spec.seed(), epoch, RandomStreams.Purpose.MODEL_NOISE));
            // the order is a function of the epoch alone: a continued run shuffles as an unbroken one
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            shuffleRng.setSeed(RandomStreams.seedFor(spec.seed(), epoch, RandomStreams.Purpose.SHUFFLE));
            shuffle(order, shuffleRng);
            double epochBatchNanos = 0;
            double objectiveSum = 0;
            double reconstructionMeanSum = 0;
            double reconstructionSumSum = 0;
            double klSum = 0;
            double penaltySum = 0;

            for (int b = 0; b < batchesPerEpoch; b++) {
                if (!awaitBatch()) {
                    return finish(TrainingResult.Status.CANCELLED, bestEpoch, trainSeconds,
                            "Training was stopped at epoch " + (epoch + 1) + ", batch " + (b + 1) + ".");
                }
                double requested = control.takeRequestedLearningRate();
                if (!Double.isNaN(requested)) {
                    schedule.rebase(requested);
                    optimizer.setLearningRate(requested);
                }
                long start = System.nanoTime();
                int from = b * batchSize;
                int rows = Math.min(batchSize, n - from);
                gather(order, from, rows);
                FMatrixRMaj input = batch;
                if (denoising) {
                    Corruption.apply(model.spec().variant(), batch, corrupted, corruptionRng);
                    input = corrupted;
                }
                LossBreakdown loss = model.computeGradients(input, batch, epoch);
                if (!loss.isFinite()) {
                    lastSound.restoreInto(parameters);
                    state.forget();
                    String message = divergenceMessage(epoch + 1, b + 1, batchesPerEpoch, loss, lossBefore);
                    return finish(TrainingResult.Status.DIVERGED, bestEpoch, trainSeconds, message);
                }
                for (TrainingListener l : listeners) {
                    l.gradientsComputed(epoch + 1, b + 1, batchesPerEpoch, parameters);
                }
                optimizer.step(parameters);
                epochBatchNanos += System.nanoTime() - start;
                lossBefore = loss.objective();
                objectiveSum += loss.objective() * rows;
                reconstructionMeanSum += loss.reconstructionMean() * rows;
                reconstructionSumSum += loss.reconstructionSum() * rows;
                klSum += loss.kl() * rows;
                penaltySum += loss.penalty() * rows;
                for (TrainingListener l : listeners) {
                    l.batchEnded(epoch + 1, b + 1, batchesPerEpoch, loss, optimizer.learningRate());
                }
                if (spec.snapshotMillis() > 0 && System.nanoTime() - lastSnapshot >= spec.snapshotMillis() * 1_000_000L) {
                    for (TrainingListener l : listeners) {
                        l.snapshotDue(model, epoch + 1, b + 1);
                    }
                    lastSnapshot = System.nanoTime();
                }
            }
            control.epochEnded();

            long validationStart = System.nanoTime();
            LossBreakdown trainLoss = new LossBreakdown(objectiveSum / n, reconstructionMeanSum / n,
                    reconstructionSumSum / n, klSum / n, penaltySum / n);
            LossBreakdown validationLoss = validation == null ? null : model.evaluate(validationInput, validation, epoch);
            if (validationLoss != null && !validationLoss.isFinite()) {
                lastSound.restoreInto(parameters);
                state.forget();
                return finish(TrainingResult.Status.DIVERGED, bestEpoch, trainSeconds,
                        divergenceMessage(epoch + 1, batchesPerEpoch, batchesPerEpoch, validationLoss, lossBefore));
            }
            double seconds = (epochBatchNanos + (System.nanoTime() - validationStart)) / 1e9;
            trainSeconds += seconds;
            EpochStats stats = new EpochStats(epoch + 1, trainLoss, validationLoss, seconds,
                    n / (epochBatchNanos / 1e9), optimizer.learningRate());
            String failure = failedCheck(stats);
            if (failure != null) {
                // the moments were gathered on the way to weights that are now thrown away
                lastSound.restoreInto(parameters);
                state.forget();
                return finish(TrainingResult.Status.DEAD, bestEpoch, trainSeconds, failure);
            }
            history.add(stats);
            lastSound.takeFrom(parameters);
            schedule.observe(stats.monitoredLoss());

            double monitored = stats.monitoredLoss();
            if (monitored < bestLoss - spec.minDelta()) {
                bestLoss = monitored;
                bestEpoch = epoch + 1;
                epochsWithoutImprovement = 0;
                if (best != null) {
                    best.takeFrom(parameters);
                }
            } else {
                epochsWithoutImprovement++;
            }
            double eta = (trainSeconds / (localEpoch + 1)) * (lastEpoch - epoch - 1);
            for (TrainingListener l : listeners) {
                l.epochEnded(stats, lastEpoch, eta);
                l.snapshotDue(model, epoch + 1, batchesPerEpoch);
            }
            lastSnapshot = System.nanoTime();
            if (spec.patience() > 0 && epochsWithoutImprovement >= spec.patience() && epoch + 1 < lastEpoch) {
                if (best != null) {
                    best.restoreInto(parameters);
                }
                return finish(TrainingResult.Status.STOPPED_EARLY, bestEpoch, trainSeconds,
                        // short enough for one line of the status bar in presenter mode at 1280 px
                        "Stopped early at epoch " + (epoch + 1) + ": no gain in " + spec.patience() + " epochs"
                                + (best != null ? "; kept epoch " + bestEpoch + "'s weights" : "") + ".");
            }
        }
        return finish(TrainingResult.Status.COMPLETED, bestEpoch, trainSeconds,
                "Trained " + spec.epochs() + (spec.epochs() == 1 ? " epoch." : " epochs."));
    }

    /** The first check's reason to end the run after {@code stats}'s epoch, or null to go on. */
    private String failedCheck(EpochStats stats) {
        for (EpochCheck check : checks) {
            String failure = check.failure(model, stats);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private boolean awaitBatch() {
        try {
            return control.awaitNextBatch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Fisher-Yates; Commons Math's MathArrays.shuffle allocates an object per element. */
    private static void shuffle(int[] order, RandomGenerator rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void gather(int[] order, int from, int rows) {
        int cols = train.numCols;
        batch.reshape(rows, cols);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(train.data, order[from + r] * cols, batch.data, r * cols, cols);
        }
    }

    private String divergenceMessage(int epoch, int batchIndex, int batches, LossBreakdown loss, double before) {
        double lr = optimizer.learningRate();
        String what = Double.isNaN(loss.objective()) || Double.isNaN(loss.reconstructionMean()) ? "NaN" : "infinite";
        return String.format(Locale.ROOT,
                "Training diverged at epoch %d, batch %d of %d: the loss became %s%s. "
                        + "The weights were put back to the end of the last complete epoch. %s",
                epoch, batchIndex, batches, what,
                Double.isNaN(before) ? "" : String.format(Locale.ROOT, " (it was %.4g one batch before)", before),
                likelyCause(lr));
    }

    /** A KL weight or a weight decay past this is no setting anyone means, and the likelier cause than the rate. */
    static final double BETA_FAR_TOO_HIGH = 1e3;
    static final double WEIGHT_DECAY_FAR_TOO_HIGH = 1;

    /** What most likely blew the loss up, and what to try: a setting far out of its range, else the rate. */
    private String likelyCause(double lr) {
        VariantSpec variant = model.spec().variant();
        if (variant.isVariational() && variant.beta() > BETA_FAR_TOO_HIGH) {
            return "The KL weight beta (" + fmt(variant.beta()) + ") is far beyond the usual 0.1 to 10: try beta 1.";
        }
        if (spec.optimizer().weightDecay() > WEIGHT_DECAY_FAR_TOO_HIGH) {
            return "The weight decay (" + fmt(spec.optimizer().weightDecay()) + ") is far beyond the usual 1e-5 to"
                    + " 1e-2: try 1e-4, or none.";
        }
        return "The learning rate (" + fmt(lr) + ") is probably too high: try "
                + fmt(OptimizerSpec.lowerRateToTry(spec.optimizer().kind(), lr))
                + ", or set a gradient clip norm (for example 1.0).";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private TrainingResult finish(TrainingResult.Status status, int bestEpoch, double seconds, String message) {
        TrainingResult result = new TrainingResult(status, history, bestEpoch, seconds, message);
        for (TrainingListener l : listeners) {
            l.finished(result);
        }
        return result;
    }
}
