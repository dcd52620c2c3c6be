package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * What every layer kind owes the rest of the code, checked for each registered kind: a spec that
 * says it is of its kind, fields that read back as the same spec (the file and the designer's row),
 * a compact syntax that reads back as the same spec, and a mirror that lands on its input. A kind
 * added to {@link LayerKind} without an example here fails the first test.
 */
class LayerKindTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;

    /** One or more specs of each kind, with settings away from the defaults where a mix-up would show. */
    static final Map<LayerKind, List<LayerSpec>> EXAMPLES = Map.ofEntries(
            Map.entry(LayerKind.DENSE, List.of(LayerSpec.dense(16, ActivationFunction.TANH),
                    new DenseSpec(5, ActivationFunction.LEAKY_RELU, 0.2, 0))),
            Map.entry(LayerKind.DROPOUT, List.of(LayerSpec.dropout(0.25))),
            Map.entry(LayerKind.GAUSSIAN_NOISE, List.of(LayerSpec.gaussianNoise(0.1))),
            Map.entry(LayerKind.CONV, List.of(LayerSpec.conv(8, 3, 2, Padding.VALID, RELU),
                    LayerSpec.conv(4, 5, 1, Padding.SAME, ActivationFunction.ELU))),
            Map.entry(LayerKind.CONV_TRANSPOSE, List.of(LayerSpec.convTranspose(4, 3, 2, Padding.SAME,
                    ActivationFunction.SIGMOID), LayerSpec.convTranspose(3, 2, 1, Padding.VALID, RELU))),
            Map.entry(LayerKind.MAX_POOL, List.of(LayerSpec.maxPool(2), new PoolSpec(false, 3, 2, Padding.VALID))),
            Map.entry(LayerKind.AVG_POOL, List.of(LayerSpec.avgPool(2), new PoolSpec(true, 3, 1, Padding.SAME))),
            Map.entry(LayerKind.UPSAMPLE, List.of(LayerSpec.upsample(3), LayerSpec.upsampleTo(11, 13))),
            Map.entry(LayerKind.FLATTEN, List.of(LayerSpec.flatten())),
            Map.entry(LayerKind.RESHAPE, List.of(LayerSpec.reshape(Shape.image(8, 3, 6)))),
            Map.entry(LayerKind.ZERO_PADDING, List.of(LayerSpec.zeroPadding(2))),
            Map.entry(LayerKind.CROPPING, List.of(LayerSpec.cropping(3))));

    static Stream<LayerSpec> examples() {
        return EXAMPLES.values().stream().flatMap(List::stream);
    }

    @Test
    void everyKindHasExamplesAndEveryRecordOfTheHierarchyIsSomeKindsSpec() {
        assertEquals(Set.of(LayerKind.values()), EXAMPLES.keySet(), "an example of every registered kind");
        EXAMPLES.forEach((kind, specs) -> specs.forEach(s -> assertEquals(kind, s.kind(), s.toString())));
        Set<Class<?>> records = new HashSet<>();
        Deque<Class<?>> open = new ArrayDeque<>(List.of(LayerSpec.class));
        while (!open.isEmpty()) {
            Class<?> type = open.pop();
            if (type.isRecord()) {
                records.add(type);
            } else {
                open.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
        }
        assertEquals(records, examples().map(Object::getClass).collect(Collectors.toSet()),
                "every record that may be a LayerSpec is the spec of a registered kind");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void itsFieldsReadBackAsTheSameSpec(LayerSpec spec) {
        LayerFields fields = spec.fields();
        assertEquals(spec.kind(), fields.kind());
        assertEquals(spec, fields.toSpec());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void itsSyntaxReadsBackAsTheSameSpec(LayerSpec spec) {
        // The syntax writes no alpha: LeakyReLU and ELU read back with their usual one.
        LayerSpec expected = spec instanceof DenseSpec d && d.alpha() != d.activation().defaultAlpha()
                ? LayerSpec.dense(d.units(), d.activation(), d.dropout()) : spec;
        assertEquals(List.of(expected), LayerSyntax.parse(spec.syntax(), ActivationFunction.LINEAR), spec.syntax());
    }

    /**
     * On an input it suits (odd sizes, where a stride or a "same" padding rounds), the layers of its
     * mirror take its output back to exactly its input. An upsampling to a fixed size is the one
     * exception: it forgets the size it came from, and the decoder mirror refuses it.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void itsMirrorTakesItsOutputBackToItsInput(LayerSpec spec) {
        Shape in = spec instanceof DenseSpec ? Shape.flat(12)
                : spec instanceof ReshapeSpec ? Shape.image(1, 12, 12) : Shape.image(2, 9, 9);
        Shape out = spec.outputShape(in);
        Shape landing = out;
        for (LayerSpec back : spec.mirror(in, out, RELU)) {
            landing = back.outputShape(landing);
        }
        if (spec instanceof UpsampleSpec up && up.toSize()) {
            assertEquals(out, landing, "an average pooling of 1: the size it came from is lost");
        } else {
            assertEquals(in, landing, spec + " mirrored by " + spec.mirror(in, out, RELU));
        }
    }

    @Test
    void aDenseRowsDropoutIsWrittenAsItsOwnItemAndBuildsTheSameLayers() {
        DenseSpec withDropout = LayerSpec.dense(8, RELU, 0.3);
        assertEquals("8:relu,dropout0.3", withDropout.syntax());
        assertEquals(List.of(LayerSpec.dense(8, RELU), LayerSpec.dropout(0.3)),
                LayerSyntax.parse(withDropout.syntax(), ActivationFunction.LINEAR));
    }

    @Test
    void theDesignerShowsEachKindsOwnFieldsUnderItsOwnNames() {
        assertEquals(List.of(LayerKind.Field.UNITS, LayerKind.Field.ACTIVATION, LayerKind.Field.KERNEL,
                LayerKind.Field.STRIDE, LayerKind.Field.PADDING), LayerKind.CONV.shownFields(false));
        assertEquals("filters", LayerKind.CONV.fieldName(LayerKind.Field.UNITS));
        assertEquals("window", LayerKind.MAX_POOL.fieldName(LayerKind.Field.KERNEL));
        assertEquals(List.of(LayerKind.Field.KERNEL), LayerKind.UPSAMPLE.shownFields(false), "a factor");
        assertEquals(List.of(LayerKind.Field.SHAPE), LayerKind.UPSAMPLE.shownFields(true), "or an exact size");
        assertEquals(List.of(LayerKind.Field.KERNEL), LayerKind.ZERO_PADDING.shownFields(false));
        assertEquals("border", LayerKind.CROPPING.fieldName(LayerKind.Field.KERNEL));
        assertEquals(List.of(), LayerKind.FLATTEN.shownFields(false));
    }
}
