package workbench.engine;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Updates parameters from their gradients. It never sees the model, only the parameter list, which
 * must be the same list, in the same order, at every step (its running state is kept by position).
 * The gradients are clipped, then regularised, then applied, as PyTorch does when a user calls
 * clip_grad_norm_ before optimizer.step().
 * Its running state (moments, step count, rate) outlives a run: training continued with the same
 * kind of optimizer goes on from it ({@link #continueWith}), as Keras's second fit() does.
 */
public final class Optimizer {
    private OptimizerSpec spec;
    private double learningRate;
    private float[][] first;
    private float[][] second;
    private long steps;

    public Optimizer(OptimizerSpec spec) {
        this.spec = spec;
        this.learningRate = spec.learningRate();
    }

    public OptimizerSpec spec() {
        return spec;
    }

    /**
     * Goes on with new settings of the same kind, keeping the moments and the step count. A new
     * learning rate in the settings replaces the current one; the same rate leaves the current one
     * (which a schedule or the user may have changed) as it is.
     */
    public void continueWith(OptimizerSpec next) {
        if (next.kind() != spec.kind()) {
            throw new IllegalArgumentException("a " + spec.kind() + " optimizer cannot continue as " + next.kind());
        }
        if (next.learningRate() != spec.learningRate()) {
            learningRate = next.learningRate();
        }
        spec = next;
    }

    /** The running state as plain numbers (arrays by parameter position), for a model file. */
    public record Memory(long steps, double learningRate, float[][] first, float[][] second) {
    }

    /** A copy of the running state; first and second are null before the first step. */
    public Memory memory() {
        return new Memory(steps, learningRate, deepCopy(first), deepCopy(second));
    }

    /** Puts back a state {@link #memory()} gave, checking it fits {@code parameters}. */
    public void restore(Memory m, List<Parameter> parameters) {
        boolean needsSecond = spec.kind() == OptimizerKind.ADAM || spec.kind() == OptimizerKind.ADAMW;
        if (m.first() != null) {
            requireFits(m.first(), parameters, "first");
            if (needsSecond) {
                if (m.second() == null) {
                    throw new IllegalArgumentException("the saved " + spec.kind() + " state lacks its second moments");
                }
                requireFits(m.second(), parameters, "second");
            }
        }
        setLearningRate(m.learningRate());
        steps = m.steps();
        first = deepCopy(m.first());
        second = needsSecond ? deepCopy(m.second()) : null;
    }

    private static void requireFits(float[][] state, List<Parameter> parameters, String what) {
        if (state.length != parameters.size()) {
            throw new IllegalArgumentException("the saved optimizer state has " + state.length + " " + what
                    + "-moment arrays but the model has " + parameters.size() + " parameters");
        }
        for (int i = 0; i < state.length; i++) {
            if (state[i].length != parameters.get(i).size()) {
                throw new IllegalArgumentException("the saved optimizer state for " + parameters.get(i).name()
                        + " has " + state[i].length + " values but the parameter has " + parameters.get(i).size());
            }
        }
    }

    private static float[][] deepCopy(float[][] a) {
        if (a == null) {
            return null;
        }
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Takes effect at the next step; schedules and the user may change it between batches. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    public long steps() {
        return steps;
    }

    public void step(List<Parameter> parameters) {
        if (first == null) {
            allocateState(parameters);
        }
        GradientClipping.apply(parameters, spec.clipNorm(), spec.clipValue());
        steps++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            addRegularization(p);
            update(p.value(), p.gradient(), p.regularized(), first[i], second == null ? null : second[i]);
        }
    }

    private void allocateState(List<Parameter> parameters) {
        first = new float[parameters.size()][];
        boolean needsSecond = spec.kind() == OptimizerKind.ADAM || spec.kind() == OptimizerKind.ADAMW;
        second = needsSecond ? new float[parameters.size()][] : null;
        for (int i = 0; i < parameters.size(); i++) {
            first[i] = new float[parameters.get(i).size()];
            if (needsSecond) {
                second[i] = new float[parameters.get(i).size()];
            }
        }
    }

    /** L2 (coupled, except under AdamW) and L1 enter through the gradient, weights only. */
    private void addRegularization(Parameter p) {
        if (!p.regularized()) {
            return;
        }
        float l2 = spec.kind() == OptimizerKind.ADAMW ? 0f : (float) spec.weightDecay();
        float l1 = (float) spec.l1();
        if (l2 == 0 && l1 == 0) {
            return;
        }
        float[] w = p.value().data;
        float[] g = p.gradient().data;
        for (int j = 0, n = p.size(); j < n; j++) {
            g[j] += l2 * w[j] + l1 * Math.signum(w[j]);
        }
    }

    private void update(FMatrixRMaj value, FMatrixRMaj gradient, boolean regularized, float[] m, float[] v) {
        float[] w = value.data;
        float[] g = gradient.data;
        int n = value.getNumElements();
        float lr = (float) learningRate;
        switch (spec.kind()) {
            case SGD -> {
                for (int j = 0; j < n; j++) {
                    w[j] -= lr * g[j];
                }
            }
            case MOMENTUM, NESTEROV -> momentum(w, g, m, n, lr, spec.kind() == OptimizerKind.NESTEROV);
            case RMSPROP -> rmsProp(w, g, m, n, lr);
            case ADAM, ADAMW -> adam(w, g, m, v, n, lr, regularized && spec.kind() == OptimizerKind.ADAMW);
        }
    }

    /** PyTorch's form: the buffer starts as the first gradient, then buf = mu buf + g. */
    private void momentum(float[] w, float[] g, float[] buf, int n, float lr, boolean nesterov) {
        float mu = (float) spec.momentum();
        boolean firstStep = steps == 1;
        for (int j = 0; j < n; j++) {
            buf[j] = firstStep ? g[j] : mu * buf[j] + g[j];
            float direction = nesterov ? g[j] + mu * buf[j] : buf[j];
            w[j] -= lr * direction;
        }
    }

    private void rmsProp(float[] w, float[] g, float[] meanSquare, int n, float lr) {
        float alpha = (float) spec.beta2();
        float eps = (float) spec.epsilon();
        for (int j = 0; j < n; j++) {
            meanSquare[j] = alpha * meanSquare[j] + (1 - alpha) * g[j] * g[j];
            w[j] -= lr * g[j] / ((float) Math.sqrt(meanSquare[j]) + eps);
        }
    }

    /** PyTorch's Adam: bias corrections folded into the step size and the denominator. */
    private void adam(float[] w, float[] g, float[] m, float[] v, int n, float lr, boolean decoupledDecay) {
        float b1 = (float) spec.beta1();
        float b2 = (float) spec.beta2();
        double correction1 = 1 - Math.pow(spec.beta1(), steps);
        double correction2 = 1 - Math.pow(spec.beta2(), steps);
        float stepSize = (float) (learningRate / correction1);
        float sqrtCorrection2 = (float) Math.sqrt(correction2);
        float eps = (float) spec.epsilon();
        float decayFactor = decoupledDecay ? (float) (1 - learningRate * spec.weightDecay()) : 1f;
        // 1 - beta in double, as PyTorch takes it: in float, 1 - 0.999f is 1.3e-5 off 0.001
        float oneMinusB1 = (float) (1 - spec.beta1());
        float oneMinusB2 = (float) (1 - spec.beta2());
        AdamStep.apply(w, g, m, v, n, b1, oneMinusB1, b2, oneMinusB2, stepSize, sqrtCorrection2, eps, decayFactor);
    }
}
