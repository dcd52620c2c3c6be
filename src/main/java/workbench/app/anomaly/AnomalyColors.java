package workbench.app.anomaly;

import javafx.scene.paint.Color;
import workbench.io.plot.Palette;

/**
 * Normal against anomalous, everywhere in the view: Okabe and Ito's blue and vermillion, the pair
 * that stays apart under all three common colour-vision deficiencies and in greyscale print.
 */
final class AnomalyColors {
    static final java.awt.Color NORMAL_AWT = Palette.color(0);
    static final java.awt.Color ANOMALY_AWT = Palette.color(3);
    static final java.awt.Color THRESHOLD_AWT = new java.awt.Color(0x333333);
    static final Color NORMAL = fx(NORMAL_AWT);
    static final Color ANOMALY = fx(ANOMALY_AWT);

    private AnomalyColors() {
    }

    static Color of(boolean anomalous) {
        return anomalous ? ANOMALY : NORMAL;
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
