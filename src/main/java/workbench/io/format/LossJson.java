package workbench.io.format;

import workbench.engine.LossBreakdown;

/** A loss with its parts (see {@link LossBreakdown}); any of them may be NaN. */
public record LossJson(double objective, double reconstructionMean, double reconstructionSum, double kl,
                       double penalty) {

    static LossJson fromLoss(LossBreakdown l) {
        return l == null ? null
                : new LossJson(l.objective(), l.reconstructionMean(), l.reconstructionSum(), l.kl(), l.penalty());
    }

    static LossBreakdown toLoss(LossJson json) {
        return json == null ? null : new LossBreakdown(json.objective, json.reconstructionMean,
                json.reconstructionSum, json.kl, json.penalty);
    }
}
