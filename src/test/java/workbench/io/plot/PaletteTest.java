package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order class colours are handed out in, which decides what a chart with few classes shows. */
class PaletteTest {

    @Test
    void theStrongOkabeItoColoursComeFirstAndYellowLate() {
        // blue, orange, bluish green, vermillion: the first four classes, and training and validation
        assertEquals(List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00)),
                Palette.colors(4));
        assertEquals(Palette.color(0), Palette.TRAIN);
        assertEquals(Palette.color(1), Palette.VALIDATION);
        assertEquals(new Color(0xF0E442), Palette.color(6), "yellow, weak on white, is the seventh");
        assertEquals(new Color(0x332288), Palette.color(8), "Tol's muted scheme from the ninth class");
    }

    @Test
    void noClassIsGreyAndTheListRepeatsAfterItsEnd() {
        assertEquals(Palette.UNLABELLED, Palette.color(-1));
        assertEquals(Palette.color(3), Palette.color(Palette.size() + 3));
        assertEquals(17, Palette.size());
        List<Color> many = Palette.colors(20);
        assertEquals(Palette.color(19), many.get(19));
    }
}
