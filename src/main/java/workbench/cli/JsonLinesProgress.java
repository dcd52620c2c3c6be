package workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import workbench.engine.EpochStats;
import workbench.engine.TrainingListener;
import workbench.io.Json;
import workbench.session.MetricsJson;

/**
 * {@code --log-format jsonl}: one JSON object a line on stdout for a program to read, one per epoch
 * with the keys of history.csv ({@code epoch, train_loss, val_loss, seconds}; a missing validation
 * loss is null, as JSON has no NaN), and the test metrics as a last line (see {@link #line}).
 */
final class JsonLinesProgress implements TrainingListener {
    private static final ObjectWriter ONE_LINE = Json.mapper().writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    JsonLinesProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void epochEnded(EpochStats s, int totalEpochs, double etaSeconds) {
        Map<String, Object> epoch = new LinkedHashMap<>();
        epoch.put("epoch", s.epoch());
        epoch.put("train_loss", MetricsJson.number(s.train().objective()));
        epoch.put("val_loss", s.validation() == null ? null : MetricsJson.number(s.validation().objective()));
        epoch.put("seconds", MetricsJson.number(s.seconds()));
        line(out, epoch);
    }

    /** Prints {@code value} as one line of JSON. */
    static void line(PrintStream out, Object value) {
        try {
            out.println(ONE_LINE.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("plain maps and numbers always serialise", e);
        }
    }
}
