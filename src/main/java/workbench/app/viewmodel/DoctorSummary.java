package workbench.app.viewmodel;

import java.util.List;
import java.util.stream.Collectors;
import workbench.session.doctor.Diagnosis;

/** What a run's end says of the training doctor's warnings, after "Trained 20 epochs.": their names, and where to read them. */
final class DoctorSummary {
    private DoctorSummary() {
    }

    /** Empty for a run with no warning; else " The training doctor warns: Overfitting, Worse than PCA (see the Health tab)." */
    static String of(List<Diagnosis> found) {
        if (found.isEmpty()) {
            return "";
        }
        return " The training doctor warns: " + found.stream().map(d -> d.kind().title())
                .collect(Collectors.joining(", ")) + " (see the Health tab).";
    }
}
