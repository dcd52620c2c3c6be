package workbench.io.format;

import java.util.List;
import workbench.engine.EpochStats;

/** One finished epoch of the history (see {@link EpochStats}); validation is null without a split. */
public record EpochJson(int epoch, LossJson train, LossJson validation, double seconds, double samplesPerSecond,
                        double learningRate) {

    static EpochJson fromStats(EpochStats s) {
        return new EpochJson(s.epoch(), LossJson.fromLoss(s.train()), LossJson.fromLoss(s.validation()),
                s.seconds(), s.samplesPerSecond(), s.learningRate());
    }

    EpochStats toStats() {
        return new EpochStats(epoch, LossJson.toLoss(train), LossJson.toLoss(validation), seconds, samplesPerSecond,
                learningRate);
    }

    public static List<EpochJson> fromHistory(List<EpochStats> history) {
        return history.stream().map(EpochJson::fromStats).toList();
    }

    public static List<EpochStats> toHistory(List<EpochJson> history) {
        return history == null ? List.of() : history.stream().map(EpochJson::toStats).toList();
    }
}
