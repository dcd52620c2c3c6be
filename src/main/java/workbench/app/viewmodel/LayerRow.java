package workbench.app.viewmodel;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.Padding;
import workbench.engine.Shape;

/**
 * One editable row of a layer stack in the designer. Every kind's fields live here at once, so that
 * switching a row from one kind to another and back keeps what was typed.
 */
public final class LayerRow {
    private final ObjectProperty<LayerSpec.Kind> kind = new SimpleObjectProperty<>(LayerSpec.Kind.DENSE);
    private final IntegerProperty units = new SimpleIntegerProperty(64);
    private final ObjectProperty<ActivationFunction> activation = new SimpleObjectProperty<>(ActivationFunction.RELU);
    /** Dropout after a dense layer, the rate of a dropout layer, or a noise layer's deviation. */
    private final DoubleProperty rate = new SimpleDoubleProperty(0);
    /** A convolution's kernel, a pooling's window, or an upsampling's factor. */
    private final IntegerProperty kernel = new SimpleIntegerProperty(3);
    private final IntegerProperty stride = new SimpleIntegerProperty(1);
    private final ObjectProperty<Padding> padding = new SimpleObjectProperty<>(Padding.SAME);
    /** A reshape's target, or the exact size an upsampling reaches; null when not used. */
    private final ObjectProperty<Shape> shape = new SimpleObjectProperty<>();

    public static LayerRow dense(int units, ActivationFunction activation) {
        LayerRow row = new LayerRow();
        row.units.set(units);
        row.activation.set(activation);
        return row;
    }

    public static LayerRow of(LayerSpec spec) {
        LayerRow row = new LayerRow();
        row.kind.set(spec.kind());
        row.units.set(Math.max(1, spec.units()));
        row.activation.set(spec.activation() == null ? ActivationFunction.RELU : spec.activation());
        row.rate.set(spec.rate());
        if (spec.kind().isSpatial()) {
            row.kernel.set(spec.kernel());
            row.stride.set(Math.max(1, spec.stride()));
            row.padding.set(spec.padding() == null ? Padding.SAME : spec.padding());
        }
        row.shape.set(spec.shape());
        return row;
    }

    /** The row's fields as values, for the designer's undo history. */
    Design.Row state() {
        return new Design.Row(kind.get(), units.get(), activation.get(), rate.get(), kernel.get(), stride.get(),
                padding.get(), shape.get());
    }

    static LayerRow of(Design.Row state) {
        LayerRow row = new LayerRow();
        row.kind.set(state.kind());
        row.units.set(state.units());
        row.activation.set(state.activation());
        row.rate.set(state.rate());
        row.kernel.set(state.kernel());
        row.stride.set(state.stride());
        row.padding.set(state.padding());
        row.shape.set(state.shape());
        return row;
    }

    public LayerSpec toSpec() {
        return switch (kind.get()) {
            case DENSE -> new LayerSpec(LayerSpec.Kind.DENSE, units.get(), activation.get(),
                    activation.get().defaultAlpha(), rate.get());
            case DROPOUT -> LayerSpec.dropout(rate.get());
            case GAUSSIAN_NOISE -> LayerSpec.gaussianNoise(rate.get());
            case CONV -> LayerSpec.conv(units.get(), kernel.get(), stride.get(), padding.get(), activation.get());
            case CONV_TRANSPOSE -> LayerSpec.convTranspose(units.get(), kernel.get(), stride.get(), padding.get(),
                    activation.get());
            case MAX_POOL, AVG_POOL -> new LayerSpec(kind.get(), 0, null, 0, 0, kernel.get(), stride.get(),
                    padding.get(), null);
            case UPSAMPLE -> shape.get() != null ? LayerSpec.upsampleTo(shape.get().height(), shape.get().width())
                    : LayerSpec.upsample(kernel.get());
            case FLATTEN -> LayerSpec.flatten();
            case RESHAPE -> {
                if (shape.get() == null) {
                    throw new IllegalArgumentException("A reshape layer needs a target shape such as 8x4x4"
                            + " (channels x height x width).");
                }
                yield LayerSpec.reshape(shape.get());
            }
        };
    }

    /** Everything whose change alters the design, for listeners. */
    public Observable[] observables() {
        return new Observable[] {kind, units, activation, rate, kernel, stride, padding, shape};
    }

    public ObjectProperty<LayerSpec.Kind> kindProperty() {
        return kind;
    }

    public IntegerProperty unitsProperty() {
        return units;
    }

    public ObjectProperty<ActivationFunction> activationProperty() {
        return activation;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    public IntegerProperty kernelProperty() {
        return kernel;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public ObjectProperty<Padding> paddingProperty() {
        return padding;
    }

    public ObjectProperty<Shape> shapeProperty() {
        return shape;
    }
}
