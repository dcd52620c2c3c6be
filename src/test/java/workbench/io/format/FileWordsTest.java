package workbench.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Initializer;
import workbench.engine.LayerKind;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.OptimizerKind;
import workbench.engine.Padding;
import workbench.engine.ScheduleSpec;
import workbench.engine.VariantSpec;

/**
 * The words the files spell the engine's enum values with. The file writes a constant's name, so
 * renaming one would change the files: this list says it out loud, and the kept files of every
 * version (KeptFormatsTest) would stop opening.
 */
class FileWordsTest {
    private static List<String> words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Words::write).toList();
    }

    @Test
    void theEnumValuesAreSpelledAsEveryFormatVersionSpells() {
        assertEquals(List.of("DENSE", "DROPOUT", "GAUSSIAN_NOISE", "CONV", "CONV_TRANSPOSE", "MAX_POOL", "AVG_POOL",
                "UPSAMPLE", "FLATTEN", "RESHAPE", "ZERO_PADDING", "CROPPING"), words(LayerKind.class),
                "ZERO_PADDING and CROPPING came with format version 3");
        assertEquals(List.of("RELU", "LEAKY_RELU", "ELU", "SIGMOID", "TANH", "LINEAR", "SOFTPLUS"),
                words(ActivationFunction.class));
        assertEquals(List.of("SAME", "VALID"), words(Padding.class));
        // CONTRACTIVE came with version 2
        assertEquals(List.of("PLAIN", "DENOISING", "SPARSE", "VARIATIONAL", "CONTRACTIVE"), words(VariantSpec.Kind.class));
        assertEquals(List.of("GAUSSIAN", "MASKING", "SALT_AND_PEPPER"), words(VariantSpec.Noise.class));
        assertEquals(List.of("L1", "KL"), words(VariantSpec.Sparsity.class));
        assertEquals(List.of("MSE", "MAE", "BCE", "HUBER"), words(LossFunction.class));
        assertEquals(List.of("HE_UNIFORM", "HE_NORMAL", "GLOROT_UNIFORM", "GLOROT_NORMAL", "PYTORCH_DEFAULT"),
                words(Initializer.class));
        assertEquals(List.of("SGD", "MOMENTUM", "NESTEROV", "RMSPROP", "ADAM", "ADAMW"), words(OptimizerKind.class));
        assertEquals(List.of("CONSTANT", "STEP", "COSINE", "PLATEAU"), words(ScheduleSpec.Kind.class));
        assertEquals(List.of("NONE", "MIN_MAX", "Z_SCORE"), words(Normalization.Kind.class));
    }

    @Test
    void aHandWrittenWordMayBeInAnyCaseWithDashesAndAWrongOneListsTheRight() {
        assertEquals(VariantSpec.Noise.SALT_AND_PEPPER, Words.read(VariantSpec.Noise.class, "salt-and-pepper", "noise"));
        assertEquals(ActivationFunction.LEAKY_RELU, Words.read(ActivationFunction.class, "Leaky_ReLU", "activation"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Words.read(Padding.class, "full", "the padding"));
        assertEquals("the padding 'full' is not one of same, valid", e.getMessage());
    }
}
