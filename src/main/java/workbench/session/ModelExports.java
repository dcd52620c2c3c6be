package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.data.DatasetRegistry;
import workbench.io.ExportFiles;
import workbench.io.ModelFile;
import workbench.io.SplitsFile;
import workbench.io.onnx.OnnxExport;
import workbench.io.pytorch.PyTorchExport;

/**
 * The one place a model leaves the workbench for another program: ONNX files, a PyTorch script, or
 * its test codes for the Embedding Projector, from a saved model (the command line) or the model the
 * window shows. Every export lands whole or not at all in the chosen folder, beside what it holds,
 * and replaces a file of the same name only when the caller says the user agreed ({@link ExportFiles}).
 */
public final class ModelExports {
    /** The three kinds of export, by the word the command line takes. */
    public enum Format {
        ONNX("ONNX"), PYTORCH("PyTorch script"), PROJECTOR("Embedding Projector");

        private final String title;

        Format(String title) {
            this.title = title;
        }

        /** "ONNX", "PyTorch script", "Embedding Projector": as a menu and a message name it. */
        public String title() {
            return title;
        }

        /** The format a word names (any case), or an IllegalArgumentException listing the words. */
        public static Format of(String word) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(word)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("'" + word + "' is not an export format: choose onnx, pytorch or"
                    + " projector");
        }
    }

    /** What an export wrote, and what the user should know about it (thumbnails scaled, say). */
    public record Written(Path folder, List<String> files, List<String> notes) {
    }

    private ModelExports() {
    }

    /**
     * The files an export of a model of this input kind writes. A PyTorch script from the window takes
     * the model and its rows with it, so that the folder runs on its own.
     */
    public static List<String> fileNames(Format format, boolean images, boolean withModel) {
        return switch (format) {
            case ONNX -> OnnxExport.fileNames();
            case PROJECTOR -> ProjectorExport.fileNames(images);
            case PYTORCH -> {
                List<String> names = new ArrayList<>(PyTorchExport.fileNames());
                if (withModel) {
                    names.add(RunExporter.MODEL_FILE);
                    names.add(SplitsFile.FILE_NAME);
                }
                yield names;
            }
        };
    }

    /** The files of a live export that {@code folder} already holds. */
    public static List<String> clashes(Format format, ModelHost host, Path folder) {
        return ExportFiles.clashes(folder, fileNames(format, host.data().sampleShape().isImage(), true));
    }

    /**
     * Exports a saved model; the projector's codes are of its run's test rows (its folder's
     * splits.npz), or of the dataset's test rows with a note when there is none.
     */
    public static Written exportSaved(Format format, Path modelFile, Path folder, boolean replace,
                                      DatasetRegistry registry) throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(modelFile);
        List<String> names = fileNames(format, loaded.model().spec().inputShape().isImage(), false);
        List<String> notes = new ArrayList<>();
        ExportFiles.write(folder, names, replace, staging -> {
            switch (format) {
                case ONNX -> OnnxExport.write(loaded, staging);
                case PYTORCH -> PyTorchExport.write(loaded, staging);
                case PROJECTOR -> notes.addAll(ProjectorExport.writeSaved(staging, loaded, modelFile, registry));
            }
        });
        return new Written(folder, names, notes);
    }

    /**
     * Exports the model {@code host} holds, as it stands: it is saved on the model's thread (the one
     * way a live model is read), read back as a copy, and exported from the copy.
     */
    public static Written exportLive(Format format, ModelHost host, Path folder, boolean replace) throws IOException {
        Path saved = Files.createTempFile("workbench-export-", ".npz");
        try {
            host.queryAndWait(live -> {
                host.writeModel(saved, live);
                return null;
            });
            ModelFile.Loaded loaded = ModelFile.load(saved);
            PreparedData data = host.data();
            List<String> names = fileNames(format, data.sampleShape().isImage(), true);
            List<String> notes = new ArrayList<>();
            ExportFiles.write(folder, names, replace, staging -> {
                switch (format) {
                    case ONNX -> OnnxExport.write(loaded, staging);
                    case PYTORCH -> {
                        PyTorchExport.write(loaded, staging);
                        Files.copy(saved, staging.resolve(RunExporter.MODEL_FILE));
                        SplitsFile.write(staging.resolve(SplitsFile.FILE_NAME), RunSplits.of(data));
                    }
                    case PROJECTOR -> notes.addAll(ProjectorExport.write(staging, loaded.model(), data));
                }
            });
            return new Written(folder, names, notes);
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    /** "Wrote encoder.onnx, decoder.onnx, autoencoder.onnx to DIR": the confirmation both front ends give. */
    public static String confirmation(Written w) {
        return String.format(Locale.ROOT, "Wrote %s to %s", String.join(", ", w.files()), w.folder());
    }
}
