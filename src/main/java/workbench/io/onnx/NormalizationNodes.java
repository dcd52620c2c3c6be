package workbench.io.onnx;

import workbench.data.Normalization;

/**
 * The model's normalisation folded into the graphs: what takes raw data computes (x - offset) /
 * scale per feature first, as the workbench does before its encoder, and what gives a
 * reconstruction turns it back with y * scale + offset. An identity normalisation adds no node.
 */
final class NormalizationNodes {
    private NormalizationNodes() {
    }

    static boolean isIdentity(Normalization normalization) {
        for (float v : normalization.offset()) {
            if (v != 0f) {
                return false;
            }
        }
        for (float v : normalization.scale()) {
            if (v != 1f) {
                return false;
            }
        }
        return true;
    }

    /** Raw data in, what the encoder was trained on out. */
    static Value normalize(OnnxGraph graph, Value raw, Normalization normalization) {
        if (isIdentity(normalization)) {
            return raw;
        }
        String offset = graph.floats("normalization.offset", raw.sampleDims(), normalization.offset());
        String scale = graph.floats("normalization.scale", raw.sampleDims(), normalization.scale());
        Value centred = graph.node("Sub", "normalize.subtract_offset", NodeAttributes.none(), raw.shape(), raw.flat(),
                raw.name(), offset);
        return graph.node("Div", "normalize.divide_by_scale", NodeAttributes.none(), raw.shape(), raw.flat(),
                centred.name(), scale);
    }

    /** The decoder's output back in the data's own units. */
    static Value denormalize(OnnxGraph graph, Value normalized, Normalization normalization) {
        if (isIdentity(normalization)) {
            return normalized;
        }
        String scale = graph.floats("normalization.scale", normalized.sampleDims(), normalization.scale());
        String offset = graph.floats("normalization.offset", normalized.sampleDims(), normalization.offset());
        Value scaled = graph.node("Mul", "denormalize.multiply_by_scale", NodeAttributes.none(), normalized.shape(),
                normalized.flat(), normalized.name(), scale);
        return graph.node("Add", "denormalize.add_offset", NodeAttributes.none(), normalized.shape(),
                normalized.flat(), scaled.name(), offset);
    }
}
