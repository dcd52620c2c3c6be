package workbench.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;

/**
 * An encoder, a code, a decoder and the variant's extra terms, built from a {@link ModelSpec}.
 * It is not thread-safe: the trainer's thread owns it, and everything it returns lives in reused
 * buffers that the next call overwrites (copy what must be kept).
 */
public final class Autoencoder {
    /** Rows per chunk when encoding or reconstructing a whole dataset. */
    private static final int CHUNK = 512;

    private final ModelSpec spec;
    private final NetworkPlan plan;
    /** The position, in its stack's layers, of each planned step's last layer. */
    private final Map<NetworkPlan.Step, Integer> lastLayers = new HashMap<>();
    private final Sequential encoder;
    private final Dense meanHead;
    private final Dense logVarHead;
    private final Sequential decoder;
    private final boolean logitsFused;
    private final List<Parameter> parameters;
    private final VariationalCode variational;
    private final CodePenalty codePenalty;

    private final FMatrixRMaj reconstructionGrad = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj chunk = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj targetChunk = new FMatrixRMaj(1, 1);
    private RandomGenerator noise = new Well19937c(0);
    /** One generator per noisy layer, in stack order, kept so that reseeding allocates nothing. */
    private final List<Well19937c> layerNoise = new ArrayList<>();
    private GaussianSource latentNoise = (buffer, n) -> {
        for (int i = 0; i < n; i++) {
            buffer[i] = (float) noise.nextGaussian();
        }
    };

    /**
     * What {@link #trace} shows of one pass: every planned step's output and a variational model's
     * two heads. Each matrix is the model's own buffer, one row per sample, valid only during the call.
     */
    public interface StepOutputs {
        void output(NetworkPlan.Step step, FMatrixRMaj values);

        /** A variational model's mean and log-variance heads, between its encoder and its decoder. */
        default void heads(FMatrixRMaj mean, FMatrixRMaj logVar) {
        }
    }

    /** Where a VAE's reparameterisation noise comes from; tests replace it with fixed values. */
    @FunctionalInterface
    public interface GaussianSource {
        void fill(float[] buffer, int count);
    }

    public Autoencoder(ModelSpec spec) {
        this(spec, Gemm.standard());
    }

    public Autoencoder(ModelSpec spec, Gemm gemm) {
        this.spec = spec;
        plan = NetworkPlan.of(spec);
        boolean vae = spec.variant().isVariational();
        encoder = build(plan.encoder(), spec.inputShape(), gemm, lastLayers);
        if (vae) {
            meanHead = new Dense("mean", spec.latentSize(), gemm);
            logVarHead = new Dense("logvar", spec.latentSize(), gemm);
            meanHead.build(encoder.outputShape(), 0);
            logVarHead.build(encoder.outputShape(), 0);
            variational = new VariationalCode(spec.latentSize());
        } else {
            meanHead = null;
            logVarHead = null;
            variational = null;
        }
        decoder = build(plan.decoder(), plan.codeShape(), gemm, lastLayers);
        logitsFused = spec.loss() == LossFunction.BCE && spec.outputActivation() == ActivationFunction.SIGMOID;
        codePenalty = CodePenalty.of(spec, encoder);

        List<Parameter> all = new ArrayList<>(encoder.parameters());
        if (vae) {
            all.addAll(meanHead.parameters());
            all.addAll(logVarHead.parameters());
        }
        all.addAll(decoder.parameters());
        parameters = Collections.unmodifiableList(all);
        initialize();
    }

    /** The layers of a planned stack, built; the plan has checked every shape they meet. */
    private static Sequential build(List<NetworkPlan.Step> steps, Shape input, Gemm gemm,
                                    Map<NetworkPlan.Step, Integer> lastLayers) {
        List<Layer> layers = new ArrayList<>();
        Shape at = input;
        for (NetworkPlan.Step step : steps) {
            for (Layer layer : step.spec().layers(step.parameterName(), gemm)) {
                at = layer.build(at, step.index());
                layers.add(layer);
            }
            if (!at.equals(step.output())) {
                throw new IllegalStateException(step.spec() + " built to " + at + ", but its spec gives "
                        + step.output() + ": the spec's shape rule and its layer disagree");
            }
            lastLayers.put(step, layers.size() - 1);
        }
        return Sequential.ofBuilt(layers, input, at);
    }

    /** Draws the initial weights from the spec's seed; the same seed gives the same weights. */
    public void initialize() {
        RandomGenerator rng = new Well19937c(spec.seed());
        initializeStack(encoder.layers(), rng, spec.codeActivation());
        if (meanHead != null) {
            Initializer init = spec.initializer() != null ? spec.initializer() : Initializer.GLOROT_UNIFORM;
            meanHead.initialize(init, rng);
            logVarHead.initialize(init, rng);
        }
        initializeStack(decoder.layers(), rng, spec.outputActivation());
    }

    /** Each dense layer gets the initializer suited to the activation that follows it. */
    private void initializeStack(List<Layer> layers, RandomGenerator rng, ActivationFunction fallback) {
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (spec.initializer() != null) {
                layer.initialize(spec.initializer(), rng);
            } else if (!layer.parameters().isEmpty()) {
                ActivationFunction next = i + 1 < layers.size() && layers.get(i + 1) instanceof ActivationLayer a
                        ? a.function() : ActivationFunction.LINEAR;
                layer.initialize(Initializer.suitedTo(next), rng);
            }
        }
    }

    /** Seeds dropout, noise layers and the VAE's sampling: called by the trainer with its seed. */
    public void seedNoise(long seed) {
        // reseeded in place: the trainer does this every epoch, and a new generator is 2.5 KB
        noise.setSeed(seed);
        long layerSeed = seed;
        int next = 0;
        for (Sequential stack : List.of(encoder, decoder)) {
            for (Layer layer : stack.layers()) {
                if (layer instanceof NoisyLayer noisy) {
                    if (next == layerNoise.size()) {
                        layerNoise.add(new Well19937c(0));
                    }
                    Well19937c generator = layerNoise.get(next++);
                    generator.setSeed(++layerSeed * 0x9E3779B97F4A7C15L);
                    noisy.setRandom(generator);
                }
            }
        }
    }

    public void setLatentNoise(GaussianSource source) {
        this.latentNoise = source;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The plan it was built from: each row and added layer with its shapes. */
    public NetworkPlan plan() {
        return plan;
    }

    /**
     * Where step {@code step} of its plan ends among its stack's layers: the layer whose output is
     * the step's (after its activation; a dropout after that passes it through outside training).
     */
    public int lastLayerOf(NetworkPlan.Step step) {
        Integer last = lastLayers.get(step);
        if (last == null) {
            throw new IllegalArgumentException(step + " is not a step of this model's plan");
        }
        return last;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public long parameterCount() {
        long n = 0;
        for (Parameter p : parameters) {
            n += p.size();
        }
        return n;
    }

    /** Values in one code: the latent size, or the encoder's output size when that is the code. */
    public int codeSize() {
        return decoder.inputShape().size();
    }

    /** The code's shape: flat, or feature maps when the encoder's output is the code. */
    public Shape codeShape() {
        return decoder.inputShape();
    }

    public Sequential encoder() {
        return encoder;
    }

    public Sequential decoder() {
        return decoder;
    }

    /**
     * One forward and backward pass: fills every parameter's gradient and returns the batch's losses.
     *
     * @param input  the network's input (for a denoising model, the corrupted batch)
     * @param target what the output should be (the clean batch)
     * @param epoch  the epoch counted from 0, for the VAE's beta warm-up
     */
    public LossBreakdown computeGradients(FMatrixRMaj input, FMatrixRMaj target, int epoch) {
        FMatrixRMaj code = encodeForTraining(input, true);
        // With BCE fused into the output sigmoid, training needs only the logits: the sigmoid's own
        // forward pass (one exponential per output value) is skipped.
        int decoderLayers = decoder.layers().size();
        FMatrixRMaj output = decoder.forward(code, true, logitsFused ? decoderLayers - 1 : decoderLayers);
        int rows = input.numRows;
        int features = target.numCols;
        boolean vae = variational != null;
        // The VAE minimises the per-sample sum (nats); the others the per-element mean.
        float scale = vae ? 1f / rows : 1f / ((float) rows * features);
        double reconstructionTotal = evaluateReconstruction(output, target, reconstructionGrad, scale);
        int last = decoder.layers().size() - 1;
        FMatrixRMaj gradCode = logitsFused
                ? decoder.backwardFrom(last - 1, reconstructionGrad, true)
                : decoder.backward(reconstructionGrad, true);

        double reconstructionMean = reconstructionTotal / ((double) rows * features);
        double reconstructionSum = reconstructionTotal / rows;
        double penalty = 0;
        double kl = 0;
        double objective;
        if (vae) {
            double beta = spec.variant().betaAt(epoch);
            kl = variational.klAndGradients(gradCode, beta);
            objective = reconstructionSum + beta * kl;
            FMatrixRMaj gradFromMean = meanHead.backward(variational.gradMean(), true);
            FMatrixRMaj gradFromLogVar = logVarHead.backward(variational.gradLogVar(), true);
            encoder.backward(variational.sum(gradFromMean, gradFromLogVar), false);
        } else {
            if (codePenalty != null) {
                penalty = codePenalty.addCodeGradient(code, gradCode);
            }
            objective = reconstructionMean + penalty;
            encoder.backward(gradCode, false);
            if (codePenalty != null) {
                codePenalty.addParameterGradients();
            }
        }
        return new LossBreakdown(objective, reconstructionMean, reconstructionSum, kl, penalty);
    }

    private FMatrixRMaj encodeForTraining(FMatrixRMaj input, boolean training) {
        FMatrixRMaj hidden = encoder.forward(input, training);
        if (variational == null) {
            return hidden;
        }
        FMatrixRMaj mean = meanHead.forward(hidden, training);
        FMatrixRMaj logVar = logVarHead.forward(hidden, training);
        return variational.code(mean, logVar, training ? latentNoise : null);
    }

    /** @param output the logits when BCE is fused with the output sigmoid, else the reconstruction */
    private double evaluateReconstruction(FMatrixRMaj output, FMatrixRMaj target, FMatrixRMaj grad, float scale) {
        return spec.loss().evaluate(output, target, logitsFused, null, grad, scale);
    }

    /**
     * One pass over {@code input} outside training (no noise, no dropout; a VAE decodes its mean),
     * showing each step's output to {@code seen} as it comes: how a diagnosis looks inside the network.
     * The rows go through in one piece, so keep them to a batch's size; nothing is allocated but the
     * layers' own buffers, which a larger batch grows once.
     */
    public void trace(FMatrixRMaj input, StepOutputs seen) {
        FMatrixRMaj hidden = encoder.forwardSeeing(input, (position, out) -> show(plan.encoder(), position, out, seen));
        FMatrixRMaj code = hidden;
        if (variational != null) {
            FMatrixRMaj mean = meanHead.forward(hidden, false);
            FMatrixRMaj logVar = logVarHead.forward(hidden, false);
            seen.heads(mean, logVar);
            code = variational.code(mean, logVar, null);
        }
        decoder.forwardSeeing(code, (position, out) -> show(plan.decoder(), position, out, seen));
    }

    /** Shows {@code out} if the layer at {@code position} ends one of {@code steps}. */
    private void show(List<NetworkPlan.Step> steps, int position, FMatrixRMaj out, StepOutputs seen) {
        for (NetworkPlan.Step step : steps) {
            if (lastLayers.get(step) == position) {
                seen.output(step, out);
                return;
            }
        }
    }

    /** The code of each row (the mean, for a VAE), without noise or dropout. Returns a new matrix. */
    public FMatrixRMaj encode(FMatrixRMaj data) {
        FMatrixRMaj codes = new FMatrixRMaj(data.numRows, codeSize());
        forEachChunk(data, (rows, start) -> {
            FMatrixRMaj code = encodeForTraining(rows, false);
            System.arraycopy(code.data, 0, codes.data, start * codes.numCols, code.getNumElements());
        });
        return codes;
    }

    /** The decoder's output for each code row. Returns a new matrix. */
    public FMatrixRMaj decode(FMatrixRMaj codes) {
        FMatrixRMaj out = new FMatrixRMaj(codes.numRows, spec.inputShape().size());
        forEachChunk(codes, (rows, start) -> {
            FMatrixRMaj y = decoder.forward(rows, false);
            System.arraycopy(y.data, 0, out.data, start * out.numCols, y.getNumElements());
        });
        return out;
    }

    /** Encode then decode each row, without noise (a VAE decodes its mean). Returns a new matrix. */
    public FMatrixRMaj reconstruct(FMatrixRMaj data) {
        FMatrixRMaj out = new FMatrixRMaj(data.numRows, data.numCols);
        forEachChunk(data, (rows, start) -> {
            FMatrixRMaj y = decoder.forward(encodeForTraining(rows, false), false);
            System.arraycopy(y.data, 0, out.data, start * out.numCols, y.getNumElements());
        });
        return out;
    }

    /**
     * The loss on clean data without noise or dropout (a VAE uses its mean code but still counts
     * KL), in the same units as training: what validation and test report.
     */
    public LossBreakdown evaluate(FMatrixRMaj data, int epoch) {
        return evaluate(data, data, epoch);
    }

    /**
     * As {@link #evaluate(FMatrixRMaj, int)} with an input other than the target: a denoising
     * model's validation feeds corrupted rows and compares with the clean ones, as it trains.
     */
    public LossBreakdown evaluate(FMatrixRMaj input, FMatrixRMaj target, int epoch) {
        double[] sums = new double[3];
        int cols = target.numCols;
        forEachChunk(input, (rows, start) -> {
            FMatrixRMaj code = encodeForTraining(rows, false);
            int layers = decoder.layers().size();
            FMatrixRMaj output = decoder.forward(code, false, logitsFused ? layers - 1 : layers);
            FMatrixRMaj expected = rows;
            if (target != input) {
                targetChunk.reshape(rows.numRows, cols);
                System.arraycopy(target.data, start * cols, targetChunk.data, 0, rows.numRows * cols);
                expected = targetChunk;
            }
            sums[0] += evaluateReconstruction(output, expected, null, 0f);
            if (variational != null) {
                sums[1] += variational.klSum();
            } else if (codePenalty != null) {
                sums[2] += codePenalty.penalty(code) * rows.numRows;
            }
        });
        int n = target.numRows;
        double mean = sums[0] / ((double) n * cols);
        double perSample = sums[0] / n;
        double kl = sums[1] / n;
        double penalty = sums[2] / n;
        double objective = variational != null ? perSample + spec.variant().betaAt(epoch) * kl : mean + penalty;
        return new LossBreakdown(objective, mean, perSample, kl, penalty);
    }

    private interface ChunkAction {
        void accept(FMatrixRMaj rows, int start);
    }

    private void forEachChunk(FMatrixRMaj data, ChunkAction action) {
        int cols = data.numCols;
        for (int start = 0; start < data.numRows; start += CHUNK) {
            int count = Math.min(CHUNK, data.numRows - start);
            chunk.reshape(count, cols);
            System.arraycopy(data.data, start * cols, chunk.data, 0, count * cols);
            action.accept(chunk, start);
        }
    }
}
