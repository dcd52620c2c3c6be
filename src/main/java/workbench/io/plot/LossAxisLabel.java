package workbench.io.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the y axis of a loss chart says, longest first: the full unit ("Loss: BCE summed per
 * sample + beta x KL (nats)") for an export or a large chart, then shorter forms ("Loss
 * (nats/sample)", "Loss") for the sizes a chart really gets in the window, where the full text
 * would run past the plot. {@link FittedXYPlot} draws the first that fits.
 */
public final class LossAxisLabel {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private LossAxisLabel() {
    }

    /** @param unit what the loss measures, e.g. "MSE, mean per element"; blank for none */
    public static List<String> forms(String unit, boolean logScale) {
        String u = unit == null ? "" : unit.strip();
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        if (!u.isEmpty()) {
            forms.add(u.contains("(") ? "Loss: " + u : "Loss (" + u + ")");
            Matcher m = PARENTHESIS.matcher(u);
            if (m.find()) {
                String measure = m.group(1).strip();
                forms.add("Loss (" + measure + (u.contains("per sample") ? "/sample" : "") + ")");
            } else if (u.contains(",")) {
                String name = u.substring(0, u.indexOf(',')).strip();
                if (u.contains("per element")) {
                    forms.add("Loss (" + name + " per element)");
                }
                forms.add("Loss (" + name + ")");
            }
        }
        forms.add("Loss");
        if (!logScale) {
            return List.copyOf(forms);
        }
        List<String> log = new ArrayList<>();
        for (String f : forms) {
            log.add(f + ", log scale");
        }
        log.add("Loss (log)");
        return List.copyOf(log);
    }
}
