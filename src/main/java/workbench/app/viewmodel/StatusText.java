package workbench.app.viewmodel;

import java.util.Locale;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.session.Progress;

/** The status bar's account of the run, in words: where it is, that it is paused, or why it cannot train. */
final class StatusText {
    private StatusText() {
    }

    static String position(State state, Progress p, RunCommands.Readiness readiness, String source) {
        switch (state) {
            case STARTING:
                return "Starting: preparing the data and building the model...";
            case PAUSED:
                // no speed or time left: nothing is moving, and a frozen ETA would read as a promise
                return p == null ? "Paused before the first batch"
                        : String.format(Locale.ROOT, "Paused at epoch %d, batch %d", p.epoch(), p.batch());
            case RUNNING:
                return p == null ? "Training..." : where(p) + speed(p);
            default:
                break;
        }
        return switch (readiness) {
            case LOADING -> "Loading " + source + "...";
            case NO_DATA -> "Choose a dataset to train on";
            case INVALID_DESIGN -> "Cannot train: the design has a problem";
            case READY -> state == State.FINISHED && p != null ? where(p) + "   done" : "Ready to train";
        };
    }

    private static String where(Progress p) {
        return String.format(Locale.ROOT, "Epoch %d/%d   batch %d/%d", p.epoch(), p.totalEpochs(), p.batch(),
                p.batchesPerEpoch());
    }

    private static String speed(Progress p) {
        if (Double.isNaN(p.samplesPerSecond())) {
            return "";
        }
        return String.format(Locale.ROOT, "   %,.0f samples/s   ETA %s", p.samplesPerSecond(), duration(p.etaSeconds()));
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
