package workbench.session.doctor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the doctor found wrong with a run, in words a student can act on: what was seen, why
 * it matters and what to try, with the numbers it rests on.
 *
 * @param epoch   the epoch it was found at, counted from 1 (the model's whole history)
 * @param batch   the batch within that epoch, or null when it was found at the epoch's end
 * @param layer   the layer it is about, as the designer names it ("encoder layer 2 (Dense(64, ReLU))"),
 *                or null when it is about the whole run
 * @param numbers the measurements, by name, in the order they are told
 * @param seen    what was measured, in a sentence or two
 * @param why     why it matters
 * @param advice  what to try, starting "Try"
 */
public record Diagnosis(DiagnosisKind kind, int epoch, Integer batch, String layer, Map<String, Double> numbers,
                        String seen, String why, String advice) {

    public Diagnosis {
        Objects.requireNonNull(kind);
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /** The whole diagnosis as one paragraph: "Dead network at epoch 1: ... ". */
    public String message() {
        return kind.title() + " at epoch " + epoch + (batch == null ? "" : ", batch " + batch) + ": " + seen + " "
                + why + " " + advice;
    }
}
