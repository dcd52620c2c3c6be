package workbench.session.doctor;

import workbench.engine.OptimizerSpec;

/**
 * Every number the doctor judges by, in one place, each with the reason for its value. The
 * diagnoses' tests provoke each one on a bundled dataset and hold a healthy design and every
 * preset clear of it, so a change here is a change those tests judge.
 */
public final class Thresholds {
    private Thresholds() {
    }

    // ---- what the doctor looks at, and what that costs

    /**
     * Training rows the probe passes through the network at each epoch's end, evenly spaced over
     * the training split: enough that a unit which fires for one sample in fifty is seen firing.
     * The look is a fixed cost an epoch, so it weighs most where epochs are short: on the deep
     * benchmark (784-128-64-32-64-128-784, 8,000 rows, an epoch of about 130 ms on two cores) 256
     * rows took 5 ms of the doctor's 6 (the sigmoid output's exponentials and the per-unit counts
     * as much as the products), over 4% of the epoch; 128 rows take half.
     */
    public static final int PROBE_ROWS = 128;

    /**
     * The fewest probe rows a unit's behaviour is judged on (dead networks, dead ReLU units,
     * saturation): over a handful of rows a unit that gives them all the same value says nothing
     * (a one-row table was called a dead network, "every unit gives the same value to all 1 probe
     * samples"). Data with fewer training rows goes without those diagnoses.
     */
    public static final int PROBE_MIN_ROWS = 16;

    /**
     * Batches an epoch whose gradients are measured (the first, the last and evenly between): a
     * pass over every gradient is cheap beside the batch that made it, but not free on a wide model,
     * and an explosion builds over many batches, so a sample is enough to see it.
     */
    public static final int GRADIENT_SAMPLES_PER_EPOCH = 8;

    /** Batches whose losses are averaged before the loss is compared with its best: one batch's loss is noisy. */
    public static final int LOSS_WINDOW = 5;

    /** Bins of each histogram the Health view keeps: enough to show a distribution's shape, small to keep an epoch. */
    public static final int HEALTH_BINS = 24;

    /** First-layer features kept for the Health view: two rows of pictures in its panel, each large enough to read. */
    public static final int LEARNED_FEATURES = 32;

    // ---- dead network

    /**
     * A unit is constant when its values over the probe spread by less than this, relative to
     * 1 + its largest magnitude: float rounding of a unit that does depend on its input moves it by
     * far more than one part in a million over 256 different samples.
     */
    public static final double CONSTANT_SPREAD = 1e-6;

    /**
     * Root mean square gradient per weight at or below which nothing reaches a layer: a weight moved
     * by a learning rate times 1e-10 does not move. A dead ReLU layer and everything before it get
     * exactly 0; a sigmoid or tanh saturated in float gets 0 too.
     */
    public static final double DEAD_GRADIENT_RMS = 1e-10;

    /**
     * A learning rate this many times the optimizer's usual one (PyTorch's defaults: Adam 1e-3, SGD
     * 1e-2) is named as the likely cause of a death; below it the start (the initialisation) is.
     */
    public static final double LEARNING_RATE_FAR_ABOVE_USUAL = OptimizerSpec.FAR_ABOVE_USUAL;

    // ---- exploding

    /**
     * The loss, averaged over the last {@link #LOSS_WINDOW} batches at an epoch's end, is this many
     * times its lowest such average so far: the run went uphill by an order of magnitude and did
     * not come back within the epoch. Noise between batches moves the average by percent, not tenfold.
     */
    public static final double EXPLODING_LOSS_FACTOR = 10;

    /**
     * Within an epoch, where an explosion reaches NaN in two to four batches (wine, z-scored, a
     * linear 13-8-[4] design, SGD at 1.0 or 2.0: the losses go 2.4, 1.0, 3.7, 190, 6e16, then
     * NaN), one batch's loss this many times the lowest smoothed loss before it is an explosion:
     * two orders of magnitude, where one unlucky batch of outliers costs a few times.
     */
    public static final double EXPLODING_BATCH_JUMP = 100;

    /**
     * Or this many batches in a row at {@link #EXPLODING_LOSS_FACTOR} times that low: tenfold,
     * and it did not come back at the next batch.
     */
    public static final int EXPLODING_BATCHES_IN_A_ROW = 2;

    /**
     * The gradient's global norm (the median of an epoch's samples) has grown this many times over
     * its first measurement: three orders of magnitude. Healthy training shrinks the gradient as
     * the loss falls, or grows it a few times while leaving a flat start.
     */
    public static final double EXPLODING_GRADIENT_GROWTH = 1e3;

    // ---- dead ReLU units

    /**
     * The share of a ReLU layer's units that give 0 for every probe sample past which the layer is
     * reported: most of it. Half, the first guess, misfired on sound designs: a narrow layer can
     * run with half its units off for many epochs and revive them as the layers before it move
     * (the opening design's first decoder layer, 16 units after a 2-D code, was 56-75% dead over
     * its first epochs for seeds 1-5 at the window's rate, until epoch 15 for seed 2, as at Adam's
     * usual 1e-3, and 0% by epoch 35, the run beating PCA). A step too large kills more and for
     * good: Adam at 0.1 left 94% of the first layer of 64-32-[16] dead after one epoch, and the
     * share did not move at any epoch's end after it.
     */
    public static final double DEAD_RELU_SHARE = 0.8;

    /** Epoch ends in a row a layer must stay past {@link #DEAD_RELU_SHARE}: one look is not a trend. */
    public static final int DEAD_RELU_EPOCHS = 3;

    // ---- saturation

    /**
     * How near a bound a sigmoid's or tanh's output must be to count as saturated, as a share of its
     * range: below 0.01 or above 0.99 for a sigmoid, where its slope is under a hundredth of its
     * slope at the centre (0.0099 against 0.25) and learning through it all but stops.
     */
    public static final double SATURATION_MARGIN = 0.01;

    /**
     * A unit is stuck when this share of its probe values are saturated at one bound: it gives
     * nearly every sample the same answer and passes back nearly no gradient.
     */
    public static final double STUCK_SAMPLE_SHARE = 0.95;

    /**
     * The share of stuck units in a hidden sigmoid or tanh layer past which it is reported: half the
     * layer carries nothing. (The output layer is left out: an output pixel that is always 0 in the
     * data is rightly a saturated 0.)
     */
    public static final double SATURATED_LAYER_SHARE = 0.5;

    // ---- vanishing gradients

    /**
     * A layer's root mean square weight gradient (the mean over an epoch's samples) this far below
     * the largest of the layers after it, towards the output: three orders of magnitude, where a
     * step that moves the later layer by 1% moves this one by a thousandth of that. Per weight, so a
     * wide layer is not judged larger for being wide; healthy ReLU designs stay within a factor of
     * about 30, a stack of sigmoids loses a factor of about 4 per layer.
     */
    public static final double VANISHING_RATIO = 1e-3;

    // ---- learning rate too low

    /** Epochs over which the loss is watched for progress, counting the one just ended. */
    public static final int LOW_RATE_EPOCHS = 3;

    /**
     * The training loss fell by less than this share over those epochs, and by less than
     * {@link #LOW_RATE_TOTAL_PROGRESS} since the model's first epoch: it barely moves, and never did.
     * (A design that has converged also barely moves, but it got there by falling a long way.)
     */
    public static final double LOW_RATE_RECENT_PROGRESS = 0.01;

    /** See {@link #LOW_RATE_RECENT_PROGRESS}: a healthy start halves the loss or more in its first epochs. */
    public static final double LOW_RATE_TOTAL_PROGRESS = 0.1;

    /**
     * Gradients are sound when their norm is within this factor of the first measurement, either
     * way: the slope is still there and steady, so the steps are what is too short. Gradients that
     * have vanished, died or grown are the other diagnoses' business.
     */
    public static final double SOUND_GRADIENT_SHARE = 0.1;

    // ---- overfitting

    /**
     * Epochs since the best validation loss before a rise counts: early stopping's usual patience,
     * so that the epoch where it would have stopped can be named, and two noisy epochs are not a trend.
     */
    public static final int OVERFITTING_PATIENCE = 3;

    /** The validation loss must be this share above its best: a rise, not the noise of one held-out split. */
    public static final double OVERFITTING_RISE = 0.02;

    /**
     * And the training loss must have fallen this share below its level at the best validation
     * epoch: learning by heart is learning, and a network whose training loss is flat learns
     * nothing new. The anomaly preset (about 28 validation rows) saw its validation loss 3.4% above
     * its best at epoch 67 while the training loss had moved 0.4%: the noise of a small split.
     */
    public static final double OVERFITTING_TRAIN_FALL = 0.01;

    // ---- worse than PCA

    /**
     * Epochs by which a sound design is below the PCA baseline of its code size, so a model still
     * above it is reported. The bundled designs cross it within a few epochs (see README, "Training
     * doctor"); ten leaves room for a slower start.
     */
    public static final int PCA_CROSSING_EPOCHS = 10;

    /**
     * How far above the baseline the model's reconstruction loss must be: a linear autoencoder is at
     * best PCA itself, and the model's last validation loss and the baseline's test loss are measured
     * on different rows, so equal is not "worse".
     */
    public static final double PCA_MARGIN = 0.05;

    /**
     * The loss must have fallen by less than this share from {@link #PCA_STALL_EPOCHS} epochs back
     * (counting the last) to be stuck above the line: a model still gaining a few percent in that
     * time is on its way, however far it is from PCA.
     */
    public static final double PCA_STALL_PROGRESS = 0.02;

    /** See {@link #PCA_STALL_PROGRESS}: the epoch compared is this many back, counting the last. */
    public static final int PCA_STALL_EPOCHS = 4;

    /**
     * The widest code held to PCA. With more components PCA rebuilds the bundled images almost
     * whole (mnist-10k: BCE 0.081 with 128 components, 0.096 with 64), and the textbook designs
     * with such codes are not built to beat it: the Keras blog's convolutional autoencoder (a code
     * of 128) was still 50% above PCA-128 at epoch 24, the contractive preset (64) 71% above PCA-64
     * at epoch 20, each closing by under 2% in 3 epochs. Being above that line says little about
     * the design; below a code of 32 it says a lot.
     */
    public static final int PCA_WIDEST_CODE = 32;

    // ---- posterior collapse

    /**
     * A variational code's dimension is active when its KL divergence from the prior, averaged over
     * the probe, is above this many nats: a dimension below it gives every sample nearly the prior,
     * so it tells the decoder nothing (the 0.01 of Burda et al.'s active units, in nats).
     */
    public static final double ACTIVE_KL_NATS = 0.01;

    /**
     * Fewer active dimensions than this (or than the code has, if fewer) is a collapse: a code with
     * one active dimension carries at most one number about the input, however wide it is. A wide
     * code that leaves some dimensions unused is normal: a VAE uses only as many as it needs.
     */
    public static final int COLLAPSE_MIN_ACTIVE = 2;

    /** The first epoch (after any KL warm-up) at which collapse is judged: the first is still finding its feet. */
    public static final int COLLAPSE_FIRST_EPOCH = 2;

    // ---- sparsity target

    /**
     * The code's mean activation is this many times above (or below) the KL sparsity target: the
     * penalty is not doing its job. Within a factor of three the penalty is pulling and the rest is
     * a matter of epochs.
     */
    public static final double SPARSITY_MISS_FACTOR = 3;

    /** The first epoch at which the target is judged: the penalty needs a few epochs to pull the code down. */
    public static final int SPARSITY_FIRST_EPOCH = 3;
}
