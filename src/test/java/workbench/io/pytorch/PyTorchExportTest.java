package workbench.io.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSyntax;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingState;
import workbench.engine.VariantSpec;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.io.ModelMetadata;
import workbench.io.format.DesignJson;

/**
 * The generated script's network, read back and walked with PyTorch's shape rules by
 * {@link TorchModuleCheck}, against the engine's plan of designs that hold every layer kind, each
 * activation, both paddings, strides 1 and 2, odd and non-square sizes, and the VAE's heads.
 */
class PyTorchExportTest {
    private static final Shape DIGIT = Shape.image(1, 8, 8);
    private static final Shape MNIST = Shape.image(1, 28, 28);

    private static ModelSpec design(Shape input, String encoder, int latent, String decoder, VariantSpec variant) {
        boolean image = !input.isFlat();
        return new ModelSpec(input, LayerSyntax.parse(encoder, ActivationFunction.RELU), latent, ActivationFunction.RELU,
                decoder == null, decoder == null ? List.of() : LayerSyntax.parse(decoder, ActivationFunction.RELU),
                image ? ActivationFunction.SIGMOID : ActivationFunction.LINEAR, variant,
                image ? LossFunction.BCE : LossFunction.MSE, null, 1);
    }

    private static ModelSpec design(Shape input, String encoder, int latent, String decoder) {
        return design(input, encoder, latent, decoder, VariantSpec.plain());
    }

    /** Between them, every layer kind, activation, padding and stride, odd sizes, and the VAE's heads. */
    static List<ModelSpec> designs() {
        return List.of(
                design(Shape.flat(13), "16:relu,14:leaky_relu,dropout0.1,12:elu,noise0.1,10:tanh,9:sigmoid,"
                        + "8:softplus,7:linear", 4, null),
                design(MNIST, "conv4k3s2,conv4k3:elu,maxpool2,maxpool2", 0, null),
                design(Shape.image(3, 7, 9), "crop1,conv4k3s2,avgpool2,maxpool3s1", 0,
                        "up3x3,deconv4k3s2valid,crop1,flatten"),
                design(DIGIT, "conv4k3s2,flatten", 12, "36,reshape4x3x3,deconv4k2s3:leaky_relu,crop1,flatten"),
                design(DIGIT, "pad2,conv4k4s2valid,avgpool2valid,conv2k3:tanh", 0, null),
                design(DIGIT, "conv2k3,avgpool3s1,maxpool3s1,maxpool3s2", 0, null),
                design(DIGIT, "conv3k3,maxpool2s2valid,10", 5, "48,reshape3x4x4,up2"),
                design(DIGIT, "conv4k3s2", 3, "16,reshape1x4x4,deconv4k3s2", VariantSpec.variational(1, 0)),
                design(MNIST, "256", 2, null, VariantSpec.variational(1, 0)));
    }

    @Test
    void everyDesignsModulesMatchTheEnginesPlan() {
        for (ModelSpec spec : designs()) {
            String script = PyTorchExport.script(spec, "digits-8x8");
            assertEquals(List.of(), TorchModuleCheck.problems(spec, script), spec.summary());
        }
    }

    /**
     * A stride-2 3x3 "same" convolution of 28 rows gives 14, which needs (14 - 1) * 2 + 3 - 28 = 1
     * row of zeros, after the image: Conv2d's symmetric padding=1 would put one before too.
     */
    @Test
    void aStrideTwoSameConvolutionPadsOnlyAfter() {
        List<TorchModuleCheck.Module> encoder = TorchModuleCheck.modules(PyTorchExport.script(designs().get(1), null),
                "encoder");
        assertEquals(new TorchModuleCheck.Module(0, "pad", "nn.ZeroPad2d((0, 1, 0, 1))"), encoder.get(1));
        assertEquals(new TorchModuleCheck.Module(0, "", "nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=0)"),
                encoder.get(2));
    }

    /** 7 rows pooled by 2 with "same" padding give ceil(7 / 2) = 4: the last window overhangs the end. */
    @Test
    void samePoolingOfAnOddSizeUsesCeilMode() {
        List<TorchModuleCheck.Module> encoder = TorchModuleCheck.modules(PyTorchExport.script(designs().get(1), null),
                "encoder");
        assertEquals(new TorchModuleCheck.Module(3, "", "nn.MaxPool2d(2, stride=2, ceil_mode=True)"),
                encoder.get(encoder.size() - 1));
    }

    /** The check is not vacuous: each of these edits of a right script is a bug it reports. */
    @Test
    void plantedMistakesAreCaught() {
        ModelSpec spec = designs().get(1);
        String script = PyTorchExport.script(spec, null);
        List<String> planted = List.of(
                // the asymmetric pad dropped: the output is 13x13, not 14x14
                script.replaceAll("\\(\"0_pad\", nn\\.ZeroPad2d\\(\\(0, 1, 0, 1\\)\\)\\),.*\n", ""),
                // PyTorch's symmetric padding instead: the right size, every window a pixel off
                script.replaceAll("\\(\"0_pad\", nn\\.ZeroPad2d\\(\\(0, 1, 0, 1\\)\\)\\),.*\n", "")
                        .replace("kernel_size=3, stride=2, padding=0", "kernel_size=3, stride=2, padding=1"),
                // same pooling without ceil_mode: 7 rows pool to 3
                script.replace(", ceil_mode=True", ""),
                // a weighted module keyed apart from its row: its parameters lose the workbench's name
                script.replace("(\"1\", nn.Conv2d(", "(\"1_conv\", nn.Conv2d("),
                // an activation of another kind
                script.replace("(\"1_elu\", nn.ELU(1.0))", "(\"1_elu\", nn.ReLU())"));
        for (String wrong : planted) {
            assertFalse(wrong.equals(script), "the planted edit must change the script");
            assertFalse(TorchModuleCheck.problems(spec, wrong).isEmpty(), "not caught:\n" + wrong);
        }
        ModelSpec vae = designs().get(8);
        String heads = PyTorchExport.script(vae, null);
        assertFalse(TorchModuleCheck.problems(vae, heads.replace("self.logvar = nn.Linear(256, 2)",
                "self.logvar = nn.Linear(2, 256)")).isEmpty(), "a transposed head is not caught");
        ModelSpec dense = designs().get(0);
        String leaky = PyTorchExport.script(dense, null);
        assertFalse(TorchModuleCheck.problems(dense, leaky.replace("nn.Dropout(0.1)", "nn.Dropout(0.5)")).isEmpty(),
                "a dropout of another rate is not caught");
    }

    /** The script's DESIGN, which it compares with a model file's, is the design as model.json writes it. */
    @Test
    void theScriptStatesTheDesignItWasMadeFor() throws IOException {
        for (ModelSpec spec : designs()) {
            String script = PyTorchExport.script(spec, null);
            int start = script.indexOf("DESIGN = json.loads(\"\"\"") + "DESIGN = json.loads(\"\"\"".length();
            String json = script.substring(start, script.indexOf("\"\"\")", start));
            assertEquals(DesignJson.fromSpec(spec), Json.mapper().readValue(json, DesignJson.class));
        }
    }

    @Test
    void writesOneScriptWithItsLaunchLines(@TempDir Path dir) throws IOException {
        ModelSpec spec = designs().get(1);
        Normalization none = Normalization.identity(spec.inputShape().size());
        ModelFile.Loaded loaded = new ModelFile.Loaded(new Autoencoder(spec),
                new ModelMetadata("mnist-10k", null, List.of(), null, List.of()), none, new TrainingState(), 3);
        PyTorchExport.write(loaded, dir);
        try (var files = Files.list(dir)) {
            assertEquals(PyTorchExport.fileNames(), files.map(p -> p.getFileName().toString()).toList());
        }
        String script = Files.readString(dir.resolve(PyTorchExport.fileNames().get(0)));
        assertTrue(script.contains("torchrun --nproc_per_node 2 autoencoder.py train --model runs/x/model.npz"
                + " --data mnist-10k"), script.substring(0, 1500));
        assertFalse(script.contains("{{"), "a placeholder of the template is left");
    }
}
