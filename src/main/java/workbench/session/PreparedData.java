package workbench.session;

import java.util.List;
import workbench.analysis.NormalClasses;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.engine.Shape;

/**
 * The data of one run, ready for the engine: normalised training, validation (possibly empty) and
 * test parts, and the normalisation that was fitted on the training part only.
 *
 * @param normalClasses the classes training and validation were kept to, the test split holding the
 *                      rest as anomalies; null when every class trains
 */
public record PreparedData(String name, Dataset train, Dataset validation, Dataset test,
                           Normalization normalization, NormalClasses normalClasses) {

    /** Every class trains. */
    public PreparedData(String name, Dataset train, Dataset validation, Dataset test, Normalization normalization) {
        this(name, train, validation, test, normalization, null);
    }

    public Shape sampleShape() {
        return train.sampleShape();
    }

    public List<String> classNames() {
        return train.classNames();
    }

    /** True when every training value lies in [0, 1]: a sigmoid output and BCE then fit the data. */
    public boolean inUnitRange() {
        return DataKind.inUnitRange(train.features());
    }

    /** The kind of data these samples are, after normalisation: what the output and loss default to. */
    public DataKind kind() {
        return DataKind.of(sampleShape(), train.features());
    }
}
