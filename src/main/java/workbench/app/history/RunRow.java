package workbench.app.history;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import workbench.session.RunRecord;

/** A line of the run table: the record, and whether its curves are drawn in the overlay. */
final class RunRow {
    private final RunRecord record;
    private final BooleanProperty overlay;

    RunRow(RunRecord record, boolean overlaid) {
        this.record = record;
        this.overlay = new SimpleBooleanProperty(this, "overlay", overlaid);
    }

    RunRecord record() {
        return record;
    }

    BooleanProperty overlayProperty() {
        return overlay;
    }
}
