package workbench.io.plot;

import java.util.ArrayList;
import java.util.List;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;

/** Histories to draw loss figures from, as a trainer would keep them, epochs counted from 1. */
public final class LossHistories {
    private LossHistories() {
    }

    /** One epoch per training loss; {@code validation} is null for a run without a validation split. */
    public static List<EpochStats> of(double[] train, double[] validation) {
        List<EpochStats> out = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            out.add(new EpochStats(i + 1, plain(train[i]), validation == null ? null : plain(validation[i]), 1.5,
                    10_000, 1e-3));
        }
        return out;
    }

    /** A falling training loss and, if asked, a validation loss a little above it that turns up late. */
    public static List<EpochStats> falling(int epochs, boolean validation) {
        double[] train = new double[epochs];
        double[] val = new double[epochs];
        for (int e = 1; e <= epochs; e++) {
            train[e - 1] = 0.3 * Math.exp(-e / 8.0) + 0.07;
            val[e - 1] = train[e - 1] + 0.01 + 0.0005 * e;
        }
        return of(train, validation ? val : null);
    }

    /** A VAE's epochs: reconstruction falling from 230 to 160 nats per sample, KL from 9 to 6, the objective from 260 to 175. */
    public static List<EpochStats> variational(int epochs) {
        List<EpochStats> out = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            double rec = 160 + 90 * Math.exp(-e / 4.0);
            double kl = 6 + 3 * Math.exp(-e / 6.0);
            LossBreakdown train = new LossBreakdown(rec + kl, rec / 784, rec, kl, 0);
            LossBreakdown val = new LossBreakdown(rec + kl + 2, (rec + 2) / 784, rec + 2, kl, 0);
            out.add(new EpochStats(e, train, val, 4, 15000, 1e-3));
        }
        return out;
    }

    /** A plain model's loss: the objective is the reconstruction's mean per element. */
    private static LossBreakdown plain(double loss) {
        return new LossBreakdown(loss, loss, loss * 784, 0, 0);
    }
}
