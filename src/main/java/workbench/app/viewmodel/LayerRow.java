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

/** One editable row of a layer stack in the designer: a dense layer, a dropout or a noise layer. */
public final class LayerRow {
    private final ObjectProperty<LayerSpec.Kind> kind = new SimpleObjectProperty<>(LayerSpec.Kind.DENSE);
    private final IntegerProperty units = new SimpleIntegerProperty(64);
    private final ObjectProperty<ActivationFunction> activation = new SimpleObjectProperty<>(ActivationFunction.RELU);
    /** Dropout after a dense layer, the rate of a dropout layer, or a noise layer's deviation. */
    private final DoubleProperty rate = new SimpleDoubleProperty(0);

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
        return row;
    }

    public LayerSpec toSpec() {
        return switch (kind.get()) {
            case DENSE -> new LayerSpec(LayerSpec.Kind.DENSE, units.get(), activation.get(),
                    activation.get().defaultAlpha(), rate.get());
            case DROPOUT -> LayerSpec.dropout(rate.get());
            case GAUSSIAN_NOISE -> LayerSpec.gaussianNoise(rate.get());
        };
    }

    /** Everything whose change alters the design, for listeners. */
    public Observable[] observables() {
        return new Observable[] {kind, units, activation, rate};
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
}
