package workbench.session;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.ReconstructionErrors;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.engine.Autoencoder;
import workbench.engine.Shape;
import workbench.io.AtomicFiles;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.io.plot.ImageGrid;
import workbench.io.plot.Sprite;

/**
 * The test codes for the TensorFlow Embedding Projector (projector.tensorflow.org, and TensorBoard's
 * projector): {@code vectors.tsv}, one code per test sample, tab-separated, no header;
 * {@code metadata.tsv}, a header row then each sample's label, class name, source row number and
 * reconstruction error; for pictures a {@code sprite.png} of the samples' thumbnails; and the config
 * naming the files (and the thumbnail size) twice: {@code projector_config.json} in the form the
 * standalone projector loads ({@code projector.tensorflow.org/?config=URL}), and
 * {@code projector_config.pbtxt}, the text protobuf TensorBoard reads from a log folder
 * ({@code tensorboard --logdir DIR}; TensorBoard reads TSV tensors without a checkpoint). A VAE's
 * codes are its means, as in codes.csv, whose code columns vectors.tsv repeats value for value.
 */
public final class ProjectorExport {
    public static final String VECTORS = "vectors.tsv";
    public static final String METADATA = "metadata.tsv";
    public static final String SPRITE = "sprite.png";
    public static final String CONFIG = "projector_config.json";
    public static final String TENSORBOARD_CONFIG = "projector_config.pbtxt";
    /** The projector reads the first row as column names when it holds a tab. */
    static final String METADATA_HEADER = "label\tclass\tindex\treconstruction_error";

    private ProjectorExport() {
    }

    /** Files written, in order: the two TSV files, the sprite for pictures, and the two configs. */
    public static List<String> fileNames(boolean images) {
        return images ? List.of(VECTORS, METADATA, SPRITE, CONFIG, TENSORBOARD_CONFIG)
                : List.of(VECTORS, METADATA, CONFIG, TENSORBOARD_CONFIG);
    }

    /**
     * Writes into {@code dir}, an existing empty folder made by the caller (who stages and moves the
     * files into place), the files of {@link #fileNames} for {@code data}'s test rows. Runs where the
     * model may be used: inside a {@link ModelHost#query} for a live model.
     *
     * @return what the user should know about the files, such as thumbnails scaled down to fit the
     *         projector's sprite limit; empty when nothing
     * @throws IllegalArgumentException when the code has one value (the projector refuses vectors of
     *                                  one dimension) or there are no test rows; nothing is written
     */
    public static List<String> write(Path dir, Autoencoder model, PreparedData data) throws IOException {
        Dataset test = data.test();
        if (test.size() == 0) {
            throw new IllegalArgumentException(data.name() + " has no test rows, so there are no codes to export;"
                    + " choose data with a test split");
        }
        if (model.codeSize() < 2) {
            throw new IllegalArgumentException("the code has " + model.codeSize() + " value, and the Embedding"
                    + " Projector needs vectors of at least 2 dimensions; give the model a latent size of 2 or more");
        }
        FMatrixRMaj codes = model.encode(test.features());
        double[] errors = ReconstructionErrors.perSample(model.spec().loss(), test.features(),
                model.reconstruct(test.features()));
        List<String> notes = new ArrayList<>();
        Shape shape = data.sampleShape();
        // the layout is known before any file is written, so a refusal leaves the folder empty
        Sprite.Layout layout = shape.isImage() ? Sprite.layout(test.size(), shape) : null;
        writeVectors(dir.resolve(VECTORS), codes);
        writeMetadata(dir.resolve(METADATA), test, errors);
        if (layout != null) {
            if (layout.width() != shape.width() || layout.height() != shape.height()) {
                notes.add(String.format(Locale.ROOT, "the %d thumbnails of %dx%d pixels are drawn at %dx%d, so the"
                                + " sprite stays within the projector's %d pixels a side", test.size(), shape.width(),
                        shape.height(), layout.width(), layout.height(), Sprite.MAX_PIXELS));
            }
            // the pictures as they were read, not as normalised for the network
            FMatrixRMaj pictures = data.normalization().invert(test.features());
            ImageGrid.savePng(Sprite.draw(pictures, shape, layout), dir.resolve(SPRITE));
        }
        String tensorName = data.name() + " test codes";
        writeConfig(dir.resolve(CONFIG), tensorName, codes, layout);
        writeTensorBoardConfig(dir.resolve(TENSORBOARD_CONFIG), tensorName, codes, layout);
        return notes;
    }

    /**
     * The projector files of a saved model, for the command line: the test rows of its run (its
     * folder's splits.npz) prepared again with its normalisation, then {@link #write}.
     *
     * @param modelFile the file {@code loaded} was read from
     * @return the notes of {@link #write}, after why the run's split was not used when it was not
     */
    public static List<String> writeSaved(Path dir, ModelFile.Loaded loaded, Path modelFile, DatasetRegistry registry)
            throws IOException {
        SavedRunData prepared = SavedRunData.prepare(loaded, modelFile, null, registry);
        List<String> notes = new ArrayList<>();
        if (prepared.note() != null) {
            // the test rows are the dataset's own or the registry's fixed split either way
            notes.add(prepared.note() + "; the codes are of the dataset's test rows");
        }
        notes.addAll(write(dir, loaded.model(), prepared.data()));
        return notes;
    }

    /** The same text as codes.csv's code columns ({@code Float.toString}), tab-separated. */
    private static void writeVectors(Path file, FMatrixRMaj codes) throws IOException {
        writeLines(file, (w, line) -> {
            for (int i = 0; i < codes.numRows; i++) {
                line.setLength(0);
                for (int j = 0; j < codes.numCols; j++) {
                    line.append(j == 0 ? "" : "\t").append(Float.toString(codes.unsafe_get(i, j)));
                }
                w.write(line.append('\n').toString());
            }
        });
    }

    /** Empty cells where a sample has no label: the projector reads them as missing. */
    private static void writeMetadata(Path file, Dataset test, double[] errors) throws IOException {
        List<String> names = test.classNames();
        writeLines(file, (w, line) -> {
            w.write(METADATA_HEADER + "\n");
            for (int i = 0; i < test.size(); i++) {
                int label = test.labels()[i];
                boolean labelled = label != Dataset.NO_LABEL;
                line.setLength(0);
                line.append(labelled ? Integer.toString(label) : "").append('\t')
                        .append(labelled ? cell(names.get(label)) : "").append('\t')
                        .append(test.sourceRows()[i]).append('\t').append(Double.toString(errors[i])).append('\n');
                w.write(line.toString());
            }
        });
    }

    /**
     * A name as one TSV cell: a tab or line break would end the cell or the row, so they and the
     * backslash are written as the escapes {@code \t \n \r \\} (the linear TSV convention).
     */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * The projector's config in its documented JSON form: {@code embeddings: [{tensorName,
     * tensorShape, tensorPath, metadataPath, sprite: {imagePath, singleImageDim}}]}, paths relative to
     * the config; no sprite when {@code layout} is null.
     */
    private static void writeConfig(Path file, String tensorName, FMatrixRMaj codes, Sprite.Layout layout)
            throws IOException {
        Map<String, Object> embedding = new LinkedHashMap<>();
        embedding.put("tensorName", tensorName);
        embedding.put("tensorShape", List.of(codes.numRows, codes.numCols));
        embedding.put("tensorPath", VECTORS);
        embedding.put("metadataPath", METADATA);
        if (layout != null) {
            Map<String, Object> sprite = new LinkedHashMap<>();
            sprite.put("imagePath", SPRITE);
            // [width, height] of one thumbnail
            sprite.put("singleImageDim", List.of(layout.width(), layout.height()));
            embedding.put("sprite", sprite);
        }
        byte[] bytes = Json.mapper().writeValueAsBytes(Map.of("embeddings", List.of(embedding)));
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The same config as TensorBoard's {@code ProjectorConfig} text protobuf. */
    private static void writeTensorBoardConfig(Path file, String tensorName, FMatrixRMaj codes, Sprite.Layout layout)
            throws IOException {
        StringBuilder text = new StringBuilder("embeddings {\n")
                .append("  tensor_name: ").append(protoString(tensorName)).append('\n')
                .append("  tensor_shape: ").append(codes.numRows).append('\n')
                .append("  tensor_shape: ").append(codes.numCols).append('\n')
                .append("  tensor_path: ").append(protoString(VECTORS)).append('\n')
                .append("  metadata_path: ").append(protoString(METADATA)).append('\n');
        if (layout != null) {
            text.append("  sprite {\n")
                    .append("    image_path: ").append(protoString(SPRITE)).append('\n')
                    .append("    single_image_dim: ").append(layout.width()).append('\n')
                    .append("    single_image_dim: ").append(layout.height()).append('\n')
                    .append("  }\n");
        }
        byte[] bytes = text.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** A quoted protobuf text-format string: a dataset named by a path may hold backslashes or quotes. */
    static String protoString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < ' ' ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    /** Writes lines of UTF-8 text through a reused builder. */
    @FunctionalInterface
    private interface Lines {
        void write(Writer w, StringBuilder line) throws IOException;
    }

    private static void writeLines(Path file, Lines lines) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            lines.write(w, new StringBuilder());
            w.flush();
        });
    }
}
