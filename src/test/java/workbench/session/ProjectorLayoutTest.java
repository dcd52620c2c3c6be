package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import workbench.engine.Shape;
import workbench.io.plot.Sprite;

/** The sprite's grid within the projector's 8192-pixel limit, and names that cannot break a TSV row or a config. */
class ProjectorLayoutTest {
    @Test
    void manyOrLargePicturesAreScaledToTheSpriteLimitKeepingTheirProportions() {
        assertEquals(new Sprite.Layout(45, 28, 28), Sprite.layout(2000, Shape.image(1, 28, 28)),
                "45 x 28 = 1260 pixels: as they are");
        Sprite.Layout scaled = Sprite.layout(10_000, Shape.image(3, 100, 120));
        assertEquals(100, scaled.side());
        assertEquals(81, scaled.width(), "8192 / 100 cells, on the longer side (the width)");
        assertEquals(67, scaled.height(), "the same factor: 100 x 81 / 120");
        assertTrue(scaled.pixelsWide() <= Sprite.MAX_PIXELS && scaled.pixelsHigh() <= Sprite.MAX_PIXELS,
                scaled.toString());
    }

    @Test
    void tabsLineBreaksAndBackslashesInANameAreEscaped() {
        assertEquals("a\\tb\\nc\\rd\\\\e", ProjectorExport.cell("a\tb\nc\rd\\e"));
        assertEquals("T-shirt/top", ProjectorExport.cell("T-shirt/top"));
        assertEquals("\"C:\\\\data\\\"x\\\" test codes\"", ProjectorExport.protoString("C:\\data\"x\" test codes"));
    }
}
