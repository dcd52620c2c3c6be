package workbench.app.charts;

/**
 * A figure that draws itself larger for a projector: its text, ticks, lines and dots. Presenter
 * mode reaches every node of the window that implements this, so a new figure only implements it.
 */
public interface Presentable {
    /** Larger for a projector, or the usual look again; calling it twice with the same value changes nothing. */
    void setPresentation(boolean on);

    boolean isPresentation();
}
