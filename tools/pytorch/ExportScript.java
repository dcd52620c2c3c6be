import java.nio.file.Files;
import java.nio.file.Path;
import workbench.io.ModelFile;
import workbench.io.pytorch.PyTorchExport;

/**
 * Writes the PyTorch script of a model file into a folder, as the export will once it is wired in.
 *
 *   java -cp target/workbench.jar tools/pytorch/ExportScript.java runs/x/model.npz OUT_DIR
 */
public class ExportScript {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[1]));
        PyTorchExport.write(ModelFile.load(Path.of(args[0])), dir);
        System.out.println(dir.resolve(PyTorchExport.fileNames().get(0)));
    }
}
