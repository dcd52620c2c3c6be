package workbench.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of layer a design may hold, and where each is registered: the spec that reads a
 * kind's fields, the parser of its compact syntax, and the fields the designer shows for it with
 * their names. Adding a kind is its spec (a record implementing {@link LayerSpec}), its layer, their
 * tests and one constant here; the constant's name is how files spell the kind, so it never changes.
 */
public enum LayerKind {
    DENSE(DenseSpec::fromFields, DenseSpec::parse, DenseSpec.FIELDS),
    DROPOUT(DropoutSpec::fromFields, DropoutSpec::parse, DropoutSpec.FIELDS),
    GAUSSIAN_NOISE(NoiseSpec::fromFields, NoiseSpec::parse, NoiseSpec.FIELDS),
    CONV(ConvSpec::fromFields, ConvSpec::parse, ConvolutionSpecs.FIELDS),
    CONV_TRANSPOSE(ConvTransposeSpec::fromFields, ConvTransposeSpec::parse, ConvolutionSpecs.FIELDS),
    MAX_POOL(PoolSpec::maxFromFields, PoolSpec::parseMax, PoolSpec.FIELDS),
    AVG_POOL(PoolSpec::averageFromFields, PoolSpec::parseAverage, PoolSpec.FIELDS),
    UPSAMPLE(UpsampleSpec::fromFields, UpsampleSpec::parse, UpsampleSpec.FIELDS),
    FLATTEN(fields -> FlattenSpec.INSTANCE, FlattenSpec::parse, Map.of()),
    RESHAPE(ReshapeSpec::fromFields, ReshapeSpec::parse, ReshapeSpec.FIELDS),
    ZERO_PADDING(ZeroPaddingSpec::fromFields, ZeroPaddingSpec::parse, ZeroPaddingSpec.FIELDS),
    CROPPING(CroppingSpec::fromFields, CroppingSpec::parse, ZeroPaddingSpec.FIELDS);

    /**
     * A field of the designer's layer row (see {@link LayerFields}). A kind names the ones it reads;
     * UPSAMPLE reads a factor or an exact size, so it lists KERNEL and SHAPE and shows one of them.
     */
    public enum Field {
        UNITS, ACTIVATION, RATE, KERNEL, STRIDE, PADDING, SHAPE
    }

    /** Reads one item of the compact syntax, or answers null when the item is not of this kind. */
    @FunctionalInterface
    interface Parser {
        /**
         * @param item       the item without its ":activation" suffix, in lower case
         * @param activation the suffix's activation, or the default when {@code given} is false
         * @throws IllegalArgumentException when the item is this kind's but its values are wrong
         */
        LayerSpec parse(String item, ActivationFunction activation, boolean given);
    }

    private final Function<LayerFields, LayerSpec> reader;
    private final Parser parser;
    private final Map<Field, String> fieldNames;

    LayerKind(Function<LayerFields, LayerSpec> reader, Parser parser, Map<Field, String> fieldNames) {
        this.reader = reader;
        this.parser = parser;
        this.fieldNames = fieldNames.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fieldNames));
    }

    /** The spec these fields describe, reading only the fields of this kind. */
    public LayerSpec fromFields(LayerFields fields) {
        return reader.apply(fields);
    }

    LayerSpec parse(String item, ActivationFunction activation, boolean given) {
        return parser.parse(item, activation, given);
    }

    /** What the designer calls {@code field} for this kind ("filters", "window"), or null when it does not read it. */
    public String fieldName(Field field) {
        return fieldNames.get(field);
    }

    /** The kinds as a file or a message may write them: "dense, dropout, ...". */
    public static String words() {
        return Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** The fields the designer shows, in order: the exact size instead of the factor once one is given. */
    public List<Field> shownFields(boolean shapeGiven) {
        List<Field> shown = new ArrayList<>();
        boolean either = fieldNames.containsKey(Field.KERNEL) && fieldNames.containsKey(Field.SHAPE);
        for (Field field : Field.values()) {
            boolean replaced = either && (field == Field.KERNEL ? shapeGiven : field == Field.SHAPE && !shapeGiven);
            if (fieldNames.containsKey(field) && !replaced) {
                shown.add(field);
            }
        }
        return shown;
    }
}
