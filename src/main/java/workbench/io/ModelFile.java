package workbench.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import workbench.data.Normalization;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.Parameter;
import workbench.engine.TrainingSpec;

/**
 * A trained model as one zip: {@code model.json} plus one NumPy {@code .npy} per weight array
 * (float32, dense kernels stored inputs x outputs) and the normalisation's offset and scale, so
 * that {@code numpy.load(path)} opens it as an npz. Written to a temporary file and renamed into
 * place, so a failed save never leaves a half-written file where a good one was.
 */
public final class ModelFile {
    /** Raised whenever the layout changes; files from a newer version are refused. */
    public static final int FORMAT_VERSION = 1;
    static final String METADATA_ENTRY = "model.json";
    private static final String OFFSET_ENTRY = "normalization.offset.npy";
    private static final String SCALE_ENTRY = "normalization.scale.npy";

    private ModelFile() {
    }

    /** A model read back: the network with its weights, and what the file says about it. */
    public record Loaded(Autoencoder model, ModelMetadata metadata, Normalization normalization) {
    }

    public static void save(Path file, Autoencoder model, String dataset, Normalization normalization,
                            List<String> classNames, TrainingSpec training, List<EpochStats> history) throws IOException {
        int features = model.spec().inputShape().size();
        if (normalization.featureCount() != features) {
            throw new IllegalArgumentException("the normalisation covers " + normalization.featureCount()
                    + " features but the model takes " + features + "; nothing was saved");
        }
        List<ModelMetadata.WeightEntry> entries = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            entries.add(new ModelMetadata.WeightEntry(p.name(), arrayOf(p).shape(), p.name() + ".npy"));
        }
        ModelMetadata metadata = new ModelMetadata(FORMAT_VERSION, model.spec(), dataset,
                normalization.kind(), classNames, training, history, entries);
        byte[] json = Json.mapper().writeValueAsBytes(metadata);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            putEntry(zip, METADATA_ENTRY, json);
            for (Parameter p : model.parameters()) {
                putEntry(zip, p.name() + ".npy", Npy.toBytes(arrayOf(p)));
            }
            putEntry(zip, OFFSET_ENTRY, Npy.toBytes(NpyArray.vector(normalization.offset())));
            putEntry(zip, SCALE_ENTRY, Npy.toBytes(NpyArray.vector(normalization.scale())));
            zip.finish();
        });
    }

    /** Biases are written as vectors, shape (units,), as PyTorch and Keras hold them; weights as (in, out). */
    private static NpyArray arrayOf(Parameter p) {
        return p.regularized() ? NpyArray.of(p.value()) : NpyArray.vector(p.value().data.clone());
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    public static Loaded load(Path file) throws IOException {
        Map<String, byte[]> entries = readEntries(file);
        byte[] json = entries.get(METADATA_ENTRY);
        if (json == null) {
            throw new ModelFileException(file + " is a zip file but not a workbench model: it has no "
                    + METADATA_ENTRY + ". Open a model saved by Autoencoder Workbench.");
        }
        int version = Json.mapper().readTree(json).path("formatVersion").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new ModelFileException(file + " was saved by a newer Autoencoder Workbench (model format "
                    + version + "; this version reads up to " + FORMAT_VERSION + "). Update the workbench to open it.");
        }
        if (version < 1) {
            throw new ModelFileException(file + ": " + METADATA_ENTRY + " has no valid formatVersion; the file is damaged.");
        }
        ModelMetadata metadata;
        try {
            metadata = Json.mapper().readValue(json, ModelMetadata.class);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file + ": " + METADATA_ENTRY + " cannot be read (" + e.getOriginalMessage()
                    + "); the file is damaged.", e);
        }
        Autoencoder model;
        try {
            model = new Autoencoder(metadata.model());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + " describes a model that cannot be built: " + e.getMessage(), e);
        }
        Map<String, Parameter> byName = new HashMap<>();
        for (Parameter p : model.parameters()) {
            byName.put(p.name(), p);
        }
        for (Parameter p : model.parameters()) {
            NpyArray array = readArray(file, entries, p.name() + ".npy");
            int rows = p.value().numRows;
            int cols = p.value().numCols;
            if (array.size() != rows * cols) {
                throw new ModelFileException(file + ": weight " + p.name() + " has shape " + array.shapeString()
                        + " but the model needs " + rows + "x" + cols + "; the file is damaged or was edited.");
            }
            System.arraycopy(array.data(), 0, p.value().data, 0, rows * cols);
        }
        float[] offset = readArray(file, entries, OFFSET_ENTRY).toVector();
        float[] scale = readArray(file, entries, SCALE_ENTRY).toVector();
        int features = metadata.model().inputShape().size();
        if (offset.length != features || scale.length != features) {
            throw new ModelFileException(file + ": the normalisation has " + offset.length + " values but the model takes "
                    + features + " features; the file is damaged.");
        }
        Normalization.Kind kind = metadata.normalization() == null ? Normalization.Kind.NONE : metadata.normalization();
        return new Loaded(model, metadata, new Normalization(kind, offset, scale));
    }

    private static NpyArray readArray(Path file, Map<String, byte[]> entries, String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException(file + " lacks the array " + name + "; the file is damaged.");
        }
        return Npy.read(bytes);
    }

    private static Map<String, byte[]> readEntries(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("There is no model file at " + file + ". Check the path.");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFileException(file + " is not a complete model file (" + e.getMessage()
                    + "): it may be truncated or not a zip. Save the model again, or open another file.", e);
        }
        if (entries.isEmpty()) {
            throw new ModelFileException(file + " is not a model file: it is empty or not a zip archive.");
        }
        return entries;
    }
}
