package workbench.engine;

/** A layer with weights, followed by the activation the spec carries. */
public sealed interface WeightedSpec extends LayerSpec permits DenseSpec, ConvSpec, ConvTransposeSpec {

    /** Units of a dense layer, filters of a convolution: the channels of its output. */
    int width();

    ActivationFunction activation();

    /** The slope or scale of LeakyReLU and ELU. */
    double alpha();
}
