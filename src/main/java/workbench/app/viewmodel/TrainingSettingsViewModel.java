package workbench.app.viewmodel;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;

/** The Training section: optimizer, learning rate, batch, epochs, seed, validation and early stopping. */
public final class TrainingSettingsViewModel {
    /** The window asks for a snapshot this often: ten redraws a second look live and cost little. */
    static final long SNAPSHOT_MILLIS = 100;

    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(OptimizerKind.ADAM);
    /** Higher than Adam's usual 1e-3 so the opening demo visibly beats PCA within seconds (measured on digits-8x8). */
    private final DoubleProperty learningRate = new SimpleDoubleProperty(5e-3);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(64);
    private final IntegerProperty epochs = new SimpleIntegerProperty(50);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(0.1);
    private final IntegerProperty patience = new SimpleIntegerProperty(0);

    /** The settings as a spec; throws IllegalArgumentException with a readable message if one is out of range. */
    public TrainingSpec toSpec() {
        OptimizerSpec opt = OptimizerSpec.defaults(optimizer.get()).withLearningRate(learningRate.get());
        return new TrainingSpec(opt, ScheduleSpec.constant(), batchSize.get(), epochs.get(), validationFraction.get(),
                seed.get(), patience.get(), 0, true, SNAPSHOT_MILLIS);
    }

    public void load(TrainingSpec spec, long seedValue) {
        optimizer.set(spec.optimizer().kind());
        learningRate.set(spec.optimizer().learningRate());
        batchSize.set(spec.batchSize());
        epochs.set(spec.epochs());
        validationFraction.set(spec.validationFraction());
        patience.set(spec.patience());
        seed.set(seedValue);
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public IntegerProperty patienceProperty() {
        return patience;
    }
}
