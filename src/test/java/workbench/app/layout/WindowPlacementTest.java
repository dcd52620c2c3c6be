package workbench.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import workbench.app.layout.WindowPlacement.Bounds;

/** Where the window opens, from the screens' visible bounds and the remembered place. */
class WindowPlacementTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1920, 1080);
    /** A screen with a 32-pixel panel on top, as GNOME has. */
    private static final Rectangle2D PANELLED = new Rectangle2D(0, 32, 1366, 736);

    private static Bounds first(Rectangle2D screen) {
        return WindowPlacement.choose(Optional.empty(), List.of(screen), screen);
    }

    @Test
    void aFirstLaunchOnASmallScreenTakesAllOfItsVisibleAreaAndNoMore() {
        assertEquals(new Bounds(0, 0, 1366, 768, false), first(SMALL));
        assertEquals(new Bounds(0, 32, 1366, 736, false), first(PANELLED), "below the panel, not under it");
    }

    @Test
    void aFirstLaunchOnALargeScreenIsCentredAtThePreferredSize() {
        double w = WindowPlacement.PREFERRED_WIDTH;
        double h = WindowPlacement.PREFERRED_HEIGHT;
        assertEquals(new Bounds((1920 - w) / 2, (1080 - h) / 2, w, h, false), first(LARGE));
    }

    @Test
    void aRememberedPlaceOnAScreenIsKept() {
        Bounds last = new Bounds(100, 50, 1200, 700, false);
        assertEquals(last, WindowPlacement.choose(Optional.of(last), List.of(LARGE), LARGE));
        Bounds maximised = new Bounds(0, 0, 1920, 1080, true);
        assertEquals(maximised, WindowPlacement.choose(Optional.of(maximised), List.of(LARGE), LARGE));
    }

    @Test
    void aRememberedPlaceOffEveryScreenIsIgnored() {
        Bounds onAScreenUnpluggedSince = new Bounds(2500, 100, 1200, 700, false);
        assertEquals(first(SMALL), WindowPlacement.choose(Optional.of(onAScreenUnpluggedSince), List.of(SMALL), SMALL));
        Bounds titleBarAbove = new Bounds(100, -650, 1200, 700, false);
        assertEquals(first(SMALL), WindowPlacement.choose(Optional.of(titleBarAbove), List.of(SMALL), SMALL),
                "a window whose title bar is above the screen cannot be dragged back");
    }

    @Test
    void aRememberedPlaceTooLargeOrHangingOverTheEdgeIsFittedInsideTheScreen() {
        // from the 1080p screen to the projector's 1366x768: shrunk to fit, moved onto it
        Bounds fromLarge = new Bounds(160, 40, 1600, 1000, false);
        assertEquals(new Bounds(0, 0, 1366, 768, false),
                WindowPlacement.choose(Optional.of(fromLarge), List.of(SMALL), SMALL));
        // the window at y = -11, its menu bar clipped
        Bounds aboveTheTop = new Bounds(43, -11, 1280, 800, false);
        assertEquals(new Bounds(43, 0, 1280, 768, false),
                WindowPlacement.choose(Optional.of(aboveTheTop), List.of(SMALL), SMALL));
    }

    @Test
    void aSecondScreenHoldsTheWindowThatWasOnIt() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1366, 768);
        Bounds there = new Bounds(2000, 100, 1000, 600, false);
        assertEquals(there, WindowPlacement.choose(Optional.of(there), List.of(LARGE, right), LARGE));
    }

    @Test
    void theStoreInMemoryGivesBackWhatItWasGiven() {
        WindowMemory.Store store = WindowMemory.inMemory(null);
        assertEquals(Optional.empty(), store.load());
        Bounds b = new Bounds(1, 2, 3, 4, true);
        store.save(b);
        assertEquals(Optional.of(b), store.load());
    }
}
