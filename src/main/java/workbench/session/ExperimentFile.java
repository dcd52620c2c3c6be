package workbench.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSyntax;
import workbench.io.AtomicFiles;
import workbench.io.Json;
import workbench.io.ModelFileException;

/**
 * Experiment files: JSON holding the dataset, the model, the training and the seed, with a format
 * version. The record lives in this room (the session runs it), the JSON rules in io.
 */
public final class ExperimentFile {
    public static final int FORMAT_VERSION = 1;

    private ExperimentFile() {
    }

    public static void write(Path file, Experiment experiment) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode body = Json.mapper().valueToTree(experiment);
        root.setAll(body);
        byte[] bytes = Json.mapper().writeValueAsBytes(root);
        AtomicFiles.write(file, out -> out.write(bytes));
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
                    ((ObjectNode) model).set(stack, Json.mapper().valueToTree(
                            LayerSyntax.parse(layers.asText(), ActivationFunction.RELU, "\"" + stack + "\"")));
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
            int version = root.path("formatVersion").asInt(FORMAT_VERSION);
            if (version > FORMAT_VERSION) {
                throw new ModelFileException(file + " was written by a newer Autoencoder Workbench (experiment format "
                        + version + "; this version reads up to " + FORMAT_VERSION + "). Update the workbench to open it.");
            }
            if (expandLayerStrings(root)) {
                return Json.mapper().treeToValue(root, Experiment.class);
            }
            // parsed again from the file, so that errors carry their line and column
            return Json.mapper().readValue(file.toFile(), Experiment.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ModelFileException(file + " is not a valid experiment file" + where + ": "
                    + e.getOriginalMessage() + ". Fix the JSON, or save a new experiment from the workbench.", e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + " describes an experiment that cannot run: " + e.getMessage(), e);
        }
    }
}
