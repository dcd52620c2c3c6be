package workbench.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipOutputStream;
import workbench.data.Normalization;
import workbench.engine.Autoencoder;
import workbench.engine.ModelSpec;
import workbench.engine.Parameter;
import workbench.engine.TrainingState;
import workbench.io.format.ArrayJson;
import workbench.io.format.DesignJson;
import workbench.io.format.EpochJson;
import workbench.io.format.ModelJson;
import workbench.io.format.TrainingJson;
import workbench.io.format.TrainingStateJson;
import workbench.io.format.Words;

/**
 * A trained model as one zip: {@code model.json} plus one NumPy {@code .npy} per weight array
 * (float32, dense kernels stored inputs x outputs), the normalisation's offset and scale and the
 * optimizer's moments, so that {@code numpy.load(path)} opens it as an npz. Written to a temporary
 * file and renamed into place, so a failed save never leaves a half-written file where a good one
 * was. Writes format version 2 ({@code io.format}); reads versions 1 and 2.
 */
public final class ModelFile {
    static final String METADATA_ENTRY = "model.json";
    private static final String OFFSET_ENTRY = "normalization.offset.npy";
    private static final String SCALE_ENTRY = "normalization.scale.npy";
    private static final String KIND = "model file";

    private ModelFile() {
    }

    /**
     * A model read back: the network with its weights, what the file says about it, and the
     * training state to continue from (empty when the file holds none: version 1, or a diverged run).
     *
     * @param formatVersion the version that wrote the file
     */
    public record Loaded(Autoencoder model, ModelMetadata metadata, Normalization normalization,
                         TrainingState trainingState, int formatVersion) {
    }

    /** @param state what training continues from; null or empty saves none */
    public static void save(Path file, Autoencoder model, Normalization normalization, ModelMetadata metadata,
                            TrainingState state) throws IOException {
        int features = model.spec().inputShape().size();
        if (normalization.featureCount() != features) {
            throw new IllegalArgumentException("the normalisation covers " + normalization.featureCount()
                    + " features but the model takes " + features + "; nothing was saved");
        }
        List<ArrayJson> weights = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            weights.add(new ArrayJson(p.name(), arrayOf(p).shape(), p.name() + ".npy"));
        }
        TrainingState.Saved saved = state == null ? null : state.save();
        TrainingStateJson stateJson = saved == null ? null : TrainingStateJson.fromSaved(saved, weights);
        ModelJson json = new ModelJson(FormatVersion.CURRENT, DesignJson.fromSpec(model.spec()), metadata.dataset(),
                Words.write(normalization.kind()), metadata.normalClasses(), metadata.classNames(),
                TrainingJson.fromSpec(metadata.training()), EpochJson.fromHistory(metadata.history()), weights,
                stateJson);
        byte[] jsonBytes = Json.mapper().writeValueAsBytes(json);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            ZipEntries.put(zip, METADATA_ENTRY, jsonBytes);
            for (Parameter p : model.parameters()) {
                ZipEntries.put(zip, p.name() + ".npy", Npy.toBytes(arrayOf(p)));
            }
            ZipEntries.put(zip, OFFSET_ENTRY, Npy.toBytes(NpyArray.vector(normalization.offset())));
            ZipEntries.put(zip, SCALE_ENTRY, Npy.toBytes(NpyArray.vector(normalization.scale())));
            if (stateJson != null) {
                putMoments(zip, stateJson.firstMoments(), saved.optimizer().first());
                putMoments(zip, stateJson.secondMoments(), saved.optimizer().second());
            }
            zip.finish();
        });
    }

    /** Each parameter in its saved shape ({@link ModelArrays#savedShape}). */
    private static NpyArray arrayOf(Parameter p) {
        return new NpyArray(ModelArrays.savedShape(p), p.value().data.clone());
    }

    private static void putMoments(ZipOutputStream zip, List<ArrayJson> entries, float[][] moments) throws IOException {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            ZipEntries.put(zip, entries.get(i).file(), Npy.toBytes(new NpyArray(entries.get(i).shape(), moments[i])));
        }
    }

    public static Loaded load(Path file) throws IOException {
        try (ZipEntries entries = ZipEntries.open(file, KIND)) {
            return load(file, entries);
        }
    }

    private static Loaded load(Path file, ZipEntries entries) throws IOException {
        byte[] jsonBytes = entries.get(METADATA_ENTRY);
        if (jsonBytes == null) {
            throw new ModelFileException(file + " is a zip file but not a workbench model: it has no "
                    + METADATA_ENTRY + ". Open a model saved by Autoencoder Workbench.");
        }
        ModelJson json;
        int version;
        try {
            JsonNode root = Json.mapper().readTree(jsonBytes);
            if (root == null || !root.isObject()) {
                throw new ModelFileException(file + " is damaged: its " + METADATA_ENTRY + " holds no JSON object.");
            }
            version = FormatVersion.of(root, file, KIND);
            // version 1 names are version 2's, less the training state and the normal classes; bound
            // from the bytes, not the tree, so that an error carries its line and column
            json = Json.mapper().readValue(jsonBytes, ModelJson.class);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file + " is damaged: its " + METADATA_ENTRY + " cannot be read "
                    + JsonProblem.describe(e) + ". Save the model again, or open another file.", e);
        }
        if (json.model() == null) {
            throw new ModelFileException(file + " is damaged: its " + METADATA_ENTRY + " has no model design.");
        }
        Autoencoder model;
        ModelMetadata metadata;
        Normalization.Kind kind;
        try {
            ModelSpec spec = json.model().toSpec();
            model = new Autoencoder(spec);
            metadata = new ModelMetadata(json.dataset(), json.normalClasses(), json.classNames(),
                    json.training() == null ? null : json.training().toSpec(), EpochJson.toHistory(json.history()));
            kind = Words.read(Normalization.Kind.class, json.normalization(), "the normalization");
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + " describes a model that cannot be built: " + e.getMessage(), e);
        }
        ModelArrays arrays = new ModelArrays(file, entries, model.parameters());
        for (Parameter p : model.parameters()) {
            float[] values = arrays.readWeights(p);
            System.arraycopy(values, 0, p.value().data, 0, values.length);
        }
        int features = model.spec().inputShape().size();
        String perFeature = features + " values, one a feature";
        float[] offset = arrays.read(OFFSET_ENTRY, features, "the normalisation's offset", perFeature);
        float[] scale = arrays.read(SCALE_ENTRY, features, "the normalisation's scale", perFeature);
        Normalization normalization = new Normalization(kind == null ? Normalization.Kind.NONE : kind, offset, scale);
        return new Loaded(model, metadata, normalization, trainingState(file, json.trainingState(), model, arrays),
                version);
    }

    private static TrainingState trainingState(Path file, TrainingStateJson json, Autoencoder model,
                                               ModelArrays arrays) throws IOException {
        if (json == null) {
            return new TrainingState();
        }
        List<Parameter> parameters = model.parameters();
        try {
            TrainingState.Saved saved = json.toSaved(arrays::readMoment);
            return TrainingState.restore(saved, parameters);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + ": its training state does not fit the model ("
                    + e.getMessage() + "); the file is damaged or was edited. Open another file.", e);
        }
    }
}
