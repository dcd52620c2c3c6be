package workbench.io.pytorch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.engine.ModelSpec;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.io.format.DesignJson;

/**
 * A saved model as one readable PyTorch script, {@code autoencoder.py}: the network spelled out as
 * an {@code nn.Module} with the workbench's parameter names, then plain functions that read the
 * workbench's data and model files, evaluate on the run's test rows, train with the run's recipe
 * (on a GPU, or across processes and machines with torchrun) and write a model.npz back.
 */
public final class PyTorchExport {
    static final String FILE_NAME = "autoencoder.py";
    private static final String TEMPLATE = "autoencoder.py";

    private PyTorchExport() {
    }

    public static List<String> fileNames() {
        return List.of(FILE_NAME);
    }

    /** Writes the script into dir, an existing empty folder the caller made (the caller stages and moves files into place). */
    public static void write(ModelFile.Loaded loaded, Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE_NAME), script(loaded.model().spec(), loaded.metadata().dataset()),
                StandardCharsets.UTF_8);
    }

    /** The whole script for a design trained on {@code dataset} (a name or a path, null when unknown). */
    static String script(ModelSpec spec, String dataset) {
        return template().replace("{{header}}", ScriptHeader.of(spec, dataset, FILE_NAME))
                .replace("{{model}}", ModelClass.of(spec)).replace("{{design}}", design(spec));
    }

    /** The design as model.json states it, which the script compares with a model file's before using it. */
    private static String design(ModelSpec spec) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(DesignJson.fromSpec(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a design could not be written as JSON: " + e.getMessage(), e);
        }
        return "# The design this script was generated for, as model.json states it: the script refuses a model\n"
                + "# file whose design differs (change both together).\n"
                + "DESIGN = json.loads(\"\"\"\n" + json + "\n\"\"\")";
    }

    private static String template() {
        try (InputStream in = PyTorchExport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the script template " + TEMPLATE + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
