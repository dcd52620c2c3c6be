package workbench.app.viewmodel;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerFields;
import workbench.engine.LayerKind;
import workbench.engine.LayerSpec;
import workbench.engine.Padding;
import workbench.engine.Shape;

/**
 * One editable row of a layer stack in the designer. Every kind's fields live here at once, so that
 * switching a row from one kind to another and back keeps what was typed.
 */
public final class LayerRow {
    private final ObjectProperty<LayerKind> kind = new SimpleObjectProperty<>(LayerKind.DENSE);
    private final IntegerProperty units = new SimpleIntegerProperty(64);
    private final ObjectProperty<ActivationFunction> activation = new SimpleObjectProperty<>(ActivationFunction.RELU);
    /** Dropout after a dense layer, the rate of a dropout layer, or a noise layer's deviation. */
    private final DoubleProperty rate = new SimpleDoubleProperty(0);
    /** A convolution's kernel, a pooling's window, an upsampling's factor, or a padding's or cropping's border. */
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

    /** The spec's fields; those its kind does not read keep the row's defaults, for a switch of kind. */
    public static LayerRow of(LayerSpec spec) {
        LayerFields f = spec.fields();
        LayerRow row = new LayerRow();
        row.kind.set(f.kind());
        if (f.units() > 0) {
            row.units.set(f.units());
        }
        if (f.activation() != null) {
            row.activation.set(f.activation());
        }
        row.rate.set(f.rate());
        if (f.kernel() > 0) {
            row.kernel.set(f.kernel());
        }
        if (f.stride() > 0) {
            row.stride.set(f.stride());
        }
        if (f.padding() != null) {
            row.padding.set(f.padding());
        }
        row.shape.set(f.shape());
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

    /** The spec of the row's kind, read from the fields that kind uses; it may not build (see {@link LayerSpec}). */
    public LayerSpec toSpec() {
        return new LayerFields(kind.get(), units.get(), activation.get(), activation.get().defaultAlpha(), rate.get(),
                kernel.get(), stride.get(), padding.get(), shape.get()).toSpec();
    }

    /** Everything whose change alters the design, for listeners. */
    public Observable[] observables() {
        return new Observable[] {kind, units, activation, rate, kernel, stride, padding, shape};
    }

    public ObjectProperty<LayerKind> kindProperty() {
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
