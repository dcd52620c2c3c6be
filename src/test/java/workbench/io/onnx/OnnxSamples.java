package workbench.io.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import workbench.io.ModelFile;

/**
 * Writes exports for tools/onnx/check_onnx.py to check with the onnx package: one folder per
 * parity-test model (dense, convolutional, variational) and one per model file given. Not a test:
 *
 * <pre>
 *   mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=workbench.io.onnx.OnnxSamples -Dexec.args="/tmp/onnx-samples [runs/x/model.npz ...]"
 * </pre>
 */
public final class OnnxSamples {
    private OnnxSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("Give the folder to write into, then any model files to export.");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path scratch = Files.createTempDirectory("onnx-samples");
        for (ExportedModels.Case model : ExportedModels.all()) {
            Path folder = Files.createDirectory(scratch.resolve(model.name().replace(' ', '-')));
            export(ExportedModels.saved(model.spec(), folder), out.resolve(folder.getFileName().toString()));
        }
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = String.format(Locale.ROOT, "model-%d-%s", i, file.toAbsolutePath().getParent().getFileName());
            export(ModelFile.load(file), out.resolve(name));
        }
        System.out.println("wrote " + out);
    }

    private static void export(ModelFile.Loaded loaded, Path folder) throws IOException {
        OnnxExport.write(loaded, Files.createDirectory(folder));
        System.out.println(folder + ": " + loaded.model().spec().summary());
    }
}
