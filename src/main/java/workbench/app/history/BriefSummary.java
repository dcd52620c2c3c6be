package workbench.app.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model's summary short enough for the runs table: the layers nearest the code left out, a pair
 * at a time, until it fits ("1x28x28-c16-p2-c8-p2-c8-p2-[code]-c8-u2-c8-u2-c16-u2-1x28x28" becomes
 * "1x28x28-c16-…-[code]-…-u2-1x28x28"); the input, the code and the output always stay, since they
 * say what the model is. The full summary is the cell's tooltip. A column as wide as the longest
 * summary took the table's whole width from every other column.
 */
final class BriefSummary {
    /**
     * The longest summary shown whole, the default design's "64-32-16-[2]-16-32-64": in presenter mode at
     * 1366x768 its column is then under half the table, and the dataset beside it stays in view.
     */
    static final int MOST_CHARACTERS = 21;
    private static final String GAP = "\u2026";

    private BriefSummary() {
    }

    static String of(String summary) {
        if (summary.length() <= MOST_CHARACTERS) {
            return summary;
        }
        List<String> steps = Arrays.asList(summary.split("-"));
        int code = codeIndex(steps);
        if (code <= 0 || code >= steps.size() - 1) {
            return summary; // not a summary of the usual shape: nothing to leave out safely
        }
        List<String> encoder = steps.subList(1, code);
        List<String> decoder = steps.subList(code + 1, steps.size() - 1);
        String brief = summary;
        for (int left = 1; left <= Math.max(encoder.size(), decoder.size()); left++) {
            brief = join(steps.get(0), encoder.subList(0, Math.max(0, encoder.size() - left)), !encoder.isEmpty(),
                    steps.get(code), !decoder.isEmpty(), decoder.subList(Math.min(left, decoder.size()), decoder.size()),
                    steps.get(steps.size() - 1));
            if (brief.length() <= MOST_CHARACTERS) {
                break;
            }
        }
        return brief;
    }

    private static int codeIndex(List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).startsWith("[")) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String input, List<String> encoder, boolean encoderCut, String code, boolean decoderCut,
            List<String> decoder, String output) {
        List<String> parts = new ArrayList<>();
        parts.add(input);
        parts.addAll(encoder);
        if (encoderCut) {
            parts.add(GAP);
        }
        parts.add(code);
        if (decoderCut) {
            parts.add(GAP);
        }
        parts.addAll(decoder);
        parts.add(output);
        return String.join("-", parts);
    }
}
