package workbench.app.viewmodel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import workbench.session.doctor.Diagnosis;

/** What a run's end says of the training doctor's warnings, after "Trained 20 epochs.": their names, and where to read them. */
final class DoctorSummary {
    private DoctorSummary() {
    }

    /**
     * The status bar's words for a run the doctor ended: its finding in one line, the paragraph of what
     * was seen and what to try left to the Health tab (five lines of it took the figures' room).
     */
    static Optional<String> death(List<Diagnosis> found) {
        return found.stream().filter(d -> d.kind().endsRun()).reduce((a, b) -> b)
                .map(d -> "Training stopped: " + d.kind().title() + " at epoch " + d.epoch()
                        + (d.layer() == null ? "" : ", " + d.layer()) + ". What to try is in the Health tab.");
    }

    /** Empty for a run with no warning; else " Warning: Overfitting, Worse than PCA (Health tab)." */
    static String of(List<Diagnosis> found) {
        if (found.isEmpty()) {
            return "";
        }
        // short: at 1280 px in presenter mode a second line in the status bar is taken from the figures
        return " Warning: " + found.stream().map(d -> d.kind().title()).collect(Collectors.joining(", "))
                + " (Health tab).";
    }
}
