package workbench.io.onnx;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import workbench.io.ModelFile;
import workbench.io.onnx.OnnxMetadata.Part;

/**
 * A saved model as three ONNX files (opset 17, standard operators only): {@code encoder.onnx} (raw
 * data to code; a VAE's mean and log-variance), {@code decoder.onnx} (code to reconstruction) and
 * {@code autoencoder.onnx} (raw data to reconstruction, through a VAE's mean). Inputs and outputs
 * are named ({@code input}, {@code code} or {@code mean} and {@code log_variance},
 * {@code reconstruction}), their first dimension the free {@code batch}, images as [batch, C, H, W].
 * The normalisation is folded in and said in each file's metadata ({@link OnnxMetadata}).
 */
public final class OnnxExport {
    private static final String ENCODER = "encoder.onnx";
    private static final String DECODER = "decoder.onnx";
    private static final String AUTOENCODER = "autoencoder.onnx";

    private OnnxExport() {
    }

    /** The files write() will create, in order: encoder.onnx, decoder.onnx, autoencoder.onnx. */
    public static List<String> fileNames() {
        return List.of(ENCODER, DECODER, AUTOENCODER);
    }

    /**
     * Writes the three files into dir, an existing empty folder the caller made (the caller stages and
     * moves them into place). All three are built in memory first, so a layer with no ONNX counterpart
     * is refused with an IllegalArgumentException naming it and why, before anything is written; an
     * existing file is never overwritten.
     */
    public static void write(ModelFile.Loaded loaded, Path dir) throws IOException {
        ExportGraphs graphs = new ExportGraphs(loaded.model(), loaded.normalization());
        String summary = loaded.model().spec().summary(loaded.model().plan());
        List<byte[]> files = List.of(
                OnnxModel.bytes(graphs.encoder(), "The encoder of the " + summary + " autoencoder: raw data to code.",
                        OnnxMetadata.of(loaded, Part.ENCODER)),
                OnnxModel.bytes(graphs.decoder(), "The decoder of the " + summary + " autoencoder: code to"
                        + " reconstruction in the data's units.", OnnxMetadata.of(loaded, Part.DECODER)),
                OnnxModel.bytes(graphs.autoencoder(), "The " + summary + " autoencoder: raw data to its"
                        + " reconstruction.", OnnxMetadata.of(loaded, Part.AUTOENCODER)));
        List<String> names = fileNames();
        for (String name : names) {
            if (Files.exists(dir.resolve(name))) {
                throw new FileAlreadyExistsException(dir.resolve(name).toString(), null, "the ONNX export writes only"
                        + " into an empty folder and never over a file; nothing was written");
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Files.write(dir.resolve(names.get(i)), files.get(i), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
    }
}
