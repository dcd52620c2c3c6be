package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DatasetRegistry;
import workbench.session.ModelExports;

/** {@code export}: a saved model as ONNX files, a PyTorch script, or its test codes for the Embedding Projector. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a saved model for use elsewhere, into a folder (created if needed; its other files"
                + " stay, and files of the same names are refused unless --force):",
                "  onnx       encoder.onnx, decoder.onnx and autoencoder.onnx (opset 17; the normalisation folded in)",
                "  pytorch    autoencoder.py: the network as an nn.Module, with evaluate and train on the same data,"
                        + " split and recipe (DDP under torchrun), writing a model.npz back",
                "  projector  vectors.tsv, metadata.tsv, sprite.png (images) and the projector's configuration,"
                        + " for projector.tensorflow.org and TensorBoard",
                "Example: java -jar target/workbench.jar export --model runs/x/model.npz --format onnx --out runs/x/onnx"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file (model.npz from train).")
    Path modelFile;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "onnx, pytorch or projector.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the files.")
    String outText;

    @Option(names = "--force", description = "Replace files of the same names in --out.")
    boolean force;

    private final PrintStream stdout;
    private final PrintStream err;
    private final DatasetRegistry registry;

    ExportCommand(PrintStream stdout, PrintStream err, DatasetRegistry registry) {
        this.stdout = stdout;
        this.err = err;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        ModelExports.Format chosen;
        try {
            chosen = ModelExports.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + e.getMessage());
        }
        Path out = OutFolder.parse(outText, "runs/x/" + chosen.name().toLowerCase(Locale.ROOT));
        ModelExports.Written written = ModelExports.exportSaved(chosen, modelFile, out, force, registry);
        for (String note : written.notes()) {
            err.println("note: " + note);
        }
        stdout.println(ModelExports.confirmation(written));
        return 0;
    }
}
