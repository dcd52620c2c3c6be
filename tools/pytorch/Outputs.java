import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;
import workbench.io.ModelFile;
import workbench.io.Npy;

/**
 * The workbench's own codes and reconstructions of some rows, for comparing the PyTorch script's
 * forward pass with the engine's: reads IN.npy (normalised rows, float32, one a row), writes
 * OUT_codes.npy and OUT_outputs.npy (a VAE's code is its mean).
 *
 *   java -cp target/workbench.jar tools/pytorch/Outputs.java runs/x/model.npz IN.npy OUT
 */
public class Outputs {
    public static void main(String[] args) throws Exception {
        Autoencoder model = ModelFile.load(Path.of(args[0])).model();
        FMatrixRMaj rows = Npy.read(Path.of(args[1])).toRowMatrix();
        Npy.write(Path.of(args[2] + "_codes.npy"), model.encode(rows));
        Npy.write(Path.of(args[2] + "_outputs.npy"), model.reconstruct(rows));
    }
}
