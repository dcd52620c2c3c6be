package workbench.io.onnx;

import java.util.List;
import java.util.Set;
import workbench.data.Normalization;
import workbench.engine.Autoencoder;
import workbench.engine.NetworkPlan;
import workbench.engine.Shape;

/**
 * The three graphs of an export, from one model's plan and weights: the encoder (raw data to code;
 * a VAE's to its mean and log-variance), the decoder (code to raw-scale reconstruction) and the whole
 * autoencoder (raw data to reconstruction, through a VAE's mean, as the workbench reconstructs).
 */
final class ExportGraphs {
    static final String INPUT = "input";
    static final String CODE = "code";
    static final String MEAN = "mean";
    static final String LOG_VARIANCE = "log_variance";
    static final String RECONSTRUCTION = "reconstruction";
    /** Every input and output name, kept free of the inner values' names. */
    private static final Set<String> BOUNDARY = Set.of(INPUT, CODE, MEAN, LOG_VARIANCE, RECONSTRUCTION);

    private final Autoencoder model;
    private final NetworkPlan plan;
    private final ModelWeights weights;
    private final Normalization normalization;
    private final boolean variational;

    ExportGraphs(Autoencoder model, Normalization normalization) {
        this.model = model;
        this.plan = model.plan();
        this.weights = new ModelWeights(model);
        this.normalization = normalization;
        this.variational = model.spec().variant().isVariational();
    }

    OnnxGraph encoder() {
        OnnxGraph graph = new OnnxGraph("encoder", BOUNDARY);
        List<Value> codes = encode(graph, input(graph));
        if (variational) {
            graph.output(codes.get(0), MEAN);
            graph.output(codes.get(1), LOG_VARIANCE);
        } else {
            graph.output(codes.get(0), CODE);
        }
        return graph;
    }

    OnnxGraph decoder() {
        OnnxGraph graph = new OnnxGraph("decoder", BOUNDARY);
        Shape code = model.codeShape();
        graph.output(decode(graph, graph.input(CODE, code, code.isFlat())), RECONSTRUCTION);
        return graph;
    }

    OnnxGraph autoencoder() {
        OnnxGraph graph = new OnnxGraph("autoencoder", BOUNDARY);
        graph.output(decode(graph, encode(graph, input(graph)).get(0)), RECONSTRUCTION);
        return graph;
    }

    private Value input(OnnxGraph graph) {
        Shape in = model.spec().inputShape();
        return graph.input(INPUT, in, in.isFlat());
    }

    /** The code, or a VAE's mean and log-variance, of raw data. */
    private List<Value> encode(OnnxGraph graph, Value raw) {
        Value hidden = LayerNodes.addAll(graph, plan.encoder(), NormalizationNodes.normalize(graph, raw, normalization),
                weights);
        Shape code = model.codeShape();
        if (!variational) {
            return List.of(Shaping.as(graph, hidden, code, code.isFlat(), "code.reshape"));
        }
        Value flat = Shaping.flat(graph, hidden, "heads.flatten");
        return List.of(WeightedNodes.gemm(graph, flat, weights, "mean", code.size()),
                WeightedNodes.gemm(graph, flat, weights, "logvar", code.size()));
    }

    /** The raw-scale reconstruction of a code, shaped as the input. */
    private Value decode(OnnxGraph graph, Value code) {
        Value out = LayerNodes.addAll(graph, plan.decoder(), code, weights);
        Shape in = model.spec().inputShape();
        return NormalizationNodes.denormalize(graph, Shaping.as(graph, out, in, in.isFlat(), "output.reshape"),
                normalization);
    }
}
