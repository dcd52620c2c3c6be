package workbench.io.onnx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import workbench.data.Normalization;
import workbench.engine.ModelSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.NetworkPlan.Step;
import workbench.io.ModelFile;

/**
 * What each exported file says about itself in its metadata_props: the design, the variant, the
 * layers, the names and shapes of its inputs and outputs, and how the normalisation was handled,
 * in words a person reading the file elsewhere can act on.
 */
final class OnnxMetadata {
    static final String PRODUCER = "Autoencoder Workbench";
    static final String NORMALIZATION = "normalization";

    private OnnxMetadata() {
    }

    static Map<String, String> of(ModelFile.Loaded loaded, String part) {
        ModelSpec spec = loaded.model().spec();
        Normalization normalization = loaded.normalization();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("part", part);
        props.put("summary", spec.summary(loaded.model().plan()));
        props.put("variant", spec.variant().kind().name().toLowerCase(Locale.ROOT));
        props.put("loss", spec.loss().displayName());
        props.put("layers", layers(loaded.model().plan(), spec));
        props.put("input_shape", spec.inputShape() + " (channels x height x width; inputs are [batch, "
                + dims(spec.inputShape().isFlat(), spec.inputShape().toString()) + "])");
        props.put("code_shape", loaded.model().codeShape().toString());
        props.put(NORMALIZATION, normalizationWords(normalization));
        props.put("normalization.kind", normalization.kind().name().toLowerCase(Locale.ROOT));
        if (loaded.metadata() != null && loaded.metadata().dataset() != null) {
            props.put("dataset", loaded.metadata().dataset());
        }
        return props;
    }

    private static String dims(boolean flat, String shape) {
        return flat ? shape : shape.replace("x", ", ");
    }

    /** Every step as the workbench names it, the added code and output layers included. */
    private static String layers(NetworkPlan plan, ModelSpec spec) {
        StringJoiner text = new StringJoiner("; ");
        for (Step step : plan.encoder()) {
            text.add("encoder: " + step.spec() + " -> " + step.output());
        }
        if (spec.variant().isVariational()) {
            text.add("heads: mean and log-variance, Dense(" + spec.latentSize() + ", Linear) each");
        }
        for (Step step : plan.decoder()) {
            text.add("decoder: " + step.spec() + " -> " + step.output());
        }
        return text.toString();
    }

    static String normalizationWords(Normalization normalization) {
        if (NormalizationNodes.isIdentity(normalization)) {
            return "none: the model was trained on the data as it is, so every file takes and gives values in the"
                    + " data's own units.";
        }
        return "folded in: the encoder and the autoencoder take raw data and compute (x - offset) / scale per"
                + " feature (" + normalization.kind().name().toLowerCase(Locale.ROOT) + ", fitted on the training"
                + " rows) before the first layer; the decoder and the autoencoder give raw-scale data, y * scale +"
                + " offset. The code is in the model's own units. Offset and scale are the initializers"
                + " normalization.offset and normalization.scale.";
    }
}
