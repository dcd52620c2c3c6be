package workbench.engine;

import java.util.List;

/** A copy of every parameter's values, to go back to: the best epoch, or the last sound one. */
final class WeightCopy {
    private final float[][] values;

    WeightCopy(List<Parameter> parameters) {
        values = new float[parameters.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new float[parameters.get(i).size()];
        }
    }

    void takeFrom(List<Parameter> parameters) {
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(parameters.get(i).value().data, 0, values[i], 0, values[i].length);
        }
    }

    void restoreInto(List<Parameter> parameters) {
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, parameters.get(i).value().data, 0, values[i].length);
        }
    }
}
