package workbench.io.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import workbench.engine.Optimizer;
import workbench.engine.TrainingState;

/**
 * The optimizer and schedule state training continues from (see {@link TrainingState}): the
 * scalars here, each moment array as a .npy entry beside model.json, one per parameter and in the
 * parameters' order, shaped as the parameter's weights are. The random streams need no entry: they
 * are functions of the training seed and the epoch (the history's length), both in the file.
 *
 * @param firstMoments  Adam's first moments, the momentum buffers, or RMSProp's mean squares;
 *                      absent before the first step
 * @param secondMoments Adam's and AdamW's second moments; absent for every other optimizer
 */
public record TrainingStateJson(OptimizerJson optimizer, ScheduleJson schedule, long steps, double learningRate,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<ArrayJson> firstMoments,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<ArrayJson> secondMoments,
                                ScheduleMemoryJson scheduleMemory) {

    /** Reads the values of the moment entry of the parameter at {@code position} from the file. */
    @FunctionalInterface
    public interface ArrayReader {
        float[] read(ArrayJson entry, int position) throws IOException;
    }

    /**
     * @param weights the model's weight entries, whose names and shapes the moments share
     */
    public static TrainingStateJson fromSaved(TrainingState.Saved saved, List<ArrayJson> weights) {
        Optimizer.Memory m = saved.optimizer();
        return new TrainingStateJson(OptimizerJson.fromSpec(saved.optimizerSpec()),
                ScheduleJson.fromSpec(saved.scheduleSpec()), m.steps(), m.learningRate(),
                entries(m.first(), weights, "first"), entries(m.second(), weights, "second"),
                ScheduleMemoryJson.fromMemory(saved.schedule()));
    }

    private static List<ArrayJson> entries(float[][] moments, List<ArrayJson> weights, String which) {
        if (moments == null) {
            return null;
        }
        List<ArrayJson> out = new ArrayList<>();
        for (ArrayJson w : weights) {
            out.add(new ArrayJson(w.name(), w.shape(), "optimizer." + which + "." + w.name() + ".npy"));
        }
        return out;
    }

    public TrainingState.Saved toSaved(ArrayReader arrays) throws IOException {
        if (optimizer == null || schedule == null || scheduleMemory == null) {
            throw new IllegalArgumentException("the training state lacks its optimizer, schedule or scheduleMemory");
        }
        return new TrainingState.Saved(optimizer.toSpec(), schedule.toSpec(),
                new Optimizer.Memory(steps, learningRate, read(firstMoments, arrays), read(secondMoments, arrays)),
                scheduleMemory.toMemory());
    }

    private static float[][] read(List<ArrayJson> entries, ArrayReader arrays) throws IOException {
        if (entries == null) {
            return null;
        }
        float[][] out = new float[entries.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = arrays.read(entries.get(i), i);
        }
        return out;
    }
}
