package workbench.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSyntax;
import workbench.io.AtomicFiles;
import workbench.io.FormatVersion;
import workbench.io.Json;
import workbench.io.JsonProblem;
import workbench.io.ModelFileException;
import workbench.io.format.DatasetJson;
import workbench.io.format.DesignJson;
import workbench.io.format.ExperimentJson;
import workbench.io.format.TrainingJson;
import workbench.io.format.ViewJson;
import workbench.io.format.Words;

/**
 * Experiment files: JSON holding the dataset, the model, the training and the seed, with a format
 * version. The record lives in this room (the session runs it); its file's schema is
 * {@link ExperimentJson}, mapped here field by field.
 */
public final class ExperimentFile {
    private static final String KIND = "experiment file";

    private ExperimentFile() {
    }

    public static void write(Path file, Experiment experiment) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(toJson(experiment));
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static ExperimentJson toJson(Experiment e) {
        DatasetRef d = e.dataset();
        ViewSettings v = e.view();
        return new ExperimentJson(FormatVersion.CURRENT,
                new DatasetJson(d.source(), Words.write(d.normalization()), d.normalClasses()),
                DesignJson.fromSpec(e.model()), TrainingJson.fromSpec(e.training()), e.seed(),
                v == null ? null : new ViewJson(v.presenterMode(), List.copyOf(v.hidden())));
    }

    static Experiment fromJson(ExperimentJson json) {
        DatasetJson d = json.dataset();
        DatasetRef dataset = d == null ? null : new DatasetRef(d.source(),
                Words.read(Normalization.Kind.class, d.normalization(), "the normalization"), d.normalClasses());
        ViewJson v = json.view();
        Set<String> hidden = v == null || v.hidden() == null ? null : new TreeSet<>(v.hidden());
        return new Experiment(dataset, json.model() == null ? null : json.model().toSpec(),
                json.training() == null ? null : json.training().toSpec(), json.seed(),
                v == null ? null : new ViewSettings(v.presenterMode(), hidden));
    }

    /**
     * A hand-written file may give a layer stack in the command line's compact syntax, as
     * {@code "encoder": "conv16k3,pool2,conv8k3,pool2"}: such strings become the layer objects a
     * saved file holds. Hidden layers written without an activation get ReLU, as on the command
     * line. Returns whether anything was expanded.
     */
    private static boolean expandLayerStrings(JsonNode root) {
        JsonNode model = root.path("model");
        if (!model.isObject()) {
            return false;
        }
        boolean expanded = false;
        for (String stack : new String[] {"encoder", "decoder"}) {
            JsonNode layers = model.get(stack);
            if (layers != null && layers.isTextual()) {
                try {
                    ((ObjectNode) model).set(stack, Json.mapper().valueToTree(DesignJson.layers(
                            LayerSyntax.parse(layers.asText(), ActivationFunction.RELU, "\"" + stack + "\""))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the model's " + stack + " layers: " + e.getMessage(), e);
                }
                expanded = true;
            }
        }
        return expanded;
    }

    public static Experiment read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("There is no experiment file at " + file + ". Check the path.");
        }
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new ModelFileException(file + " is not an experiment file: it holds no JSON object.");
            }
            // version 1 names are version 2's, so either binds as it is
            FormatVersion.orCurrent(root, file, KIND);
            if (expandLayerStrings(root)) {
                return fromJson(Json.mapper().treeToValue(root, ExperimentJson.class));
            }
            // parsed again from the file, so that errors carry their line and column
            return fromJson(Json.mapper().readValue(file.toFile(), ExperimentJson.class));
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file + " is not a valid experiment file " + JsonProblem.describe(e)
                    + ". Fix the JSON, or save a new experiment from the workbench.", e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + " describes an experiment that cannot run: " + e.getMessage(), e);
        }
    }
}
