package workbench.cli;

import java.io.PrintStream;
import java.util.Locale;
import workbench.engine.EpochStats;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingResult;

/** One line per epoch on stderr: losses, time, speed and the time left. */
final class ProgressPrinter implements TrainingListener {
    private final PrintStream out;
    private final String unit;

    ProgressPrinter(PrintStream out, String unit) {
        this.out = out;
        this.unit = unit;
    }

    @Override
    public void epochEnded(EpochStats s, int totalEpochs, double etaSeconds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %3d/%d  loss %.5f", s.epoch(),
                totalEpochs, s.train().objective()));
        if (s.validation() != null) {
            line.append(String.format(Locale.ROOT, "  val %.5f", s.validation().objective()));
        }
        if (s.train().kl() > 0) {
            line.append(String.format(Locale.ROOT, "  (recon %.3f + KL %.3f nats/sample)",
                    s.train().reconstructionSum(), s.train().kl()));
        }
        line.append(String.format(Locale.ROOT, "  %.2f s  %,.0f samples/s  ETA %s", s.seconds(),
                s.samplesPerSecond(), duration(etaSeconds)));
        if (s.epoch() == 1) {
            line.append("  [").append(unit).append(']');
        }
        out.println(line);
    }

    @Override
    public void finished(TrainingResult result) {
        if (!result.failed()) {
            out.println(result.message());
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
