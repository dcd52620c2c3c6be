package workbench.io.onnx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import workbench.data.Normalization;
import workbench.engine.Autoencoder;
import workbench.engine.ModelSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.Shape;
import workbench.io.ModelFile;

/**
 * What each exported file says about itself in its metadata_props: which part of the model it is,
 * the design, the variant, the layers, its inputs and outputs with their shapes, and how the
 * normalisation was handled, in words a person reading the file elsewhere can act on.
 */
final class OnnxMetadata {
    static final String PRODUCER = "Autoencoder Workbench";
    static final String NORMALIZATION = "normalization";

    /** The three files, each a part of the model. */
    enum Part {
        ENCODER, DECODER, AUTOENCODER;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private OnnxMetadata() {
    }

    static Map<String, String> of(ModelFile.Loaded loaded, Part part) {
        Autoencoder model = loaded.model();
        ModelSpec spec = model.spec();
        Normalization normalization = loaded.normalization();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("part", part.word());
        props.put("summary", spec.summary(model.plan()));
        props.put("variant", spec.variant().kind().name().toLowerCase(Locale.ROOT));
        props.put("loss", spec.loss().displayName());
        props.put("layers", layers(model.plan(), spec));
        String input = part == Part.DECODER ? ExportGraphs.CODE + " " + dims(model.codeShape())
                : ExportGraphs.INPUT + " " + dims(spec.inputShape()) + ", raw data";
        props.put("inputs", input);
        props.put("outputs", part != Part.ENCODER
                ? ExportGraphs.RECONSTRUCTION + " " + dims(spec.inputShape()) + ", raw scale"
                : spec.variant().isVariational()
                ? ExportGraphs.MEAN + " " + dims(model.codeShape()) + " and " + ExportGraphs.LOG_VARIANCE + " "
                + dims(model.codeShape())
                : ExportGraphs.CODE + " " + dims(model.codeShape()));
        props.put(NORMALIZATION, normalizationWords(normalization));
        props.put("normalization.kind", normalization.kind().name().toLowerCase(Locale.ROOT));
        if (loaded.metadata() != null && loaded.metadata().dataset() != null) {
            props.put("dataset", loaded.metadata().dataset());
        }
        return props;
    }

    /** "[batch, 3, 7, 7]" for an image (channels, height, width), "[batch, 64]" for a flat vector. */
    static String dims(Shape shape) {
        return shape.isFlat() ? "[" + OnnxGraph.BATCH + ", " + shape.size() + "]"
                : "[" + OnnxGraph.BATCH + ", " + shape.channels() + ", " + shape.height() + ", " + shape.width() + "]";
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
