package workbench.app.latent;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * A line of text broken at spaces into lines no wider than a given width, for text drawn on a
 * canvas (which does not wrap): a word wider than the width alone keeps its own line, cut with an
 * ellipsis.
 */
final class WrappedText {
    private WrappedText() {
    }

    static List<String> lines(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String longer = line.isEmpty() ? word : line + " " + word;
            if (ScatterStyle.textWidth(longer, font) <= maxWidth) {
                line.setLength(0);
                line.append(longer);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(ScatterStyle.fit(word, font, maxWidth));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
