package workbench.app.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo for the designer, as snapshots of the whole design: simple to get right, and a
 * design is a few dozen values. Consecutive edits of one field (a spinner's arrow pressed five
 * times, a number typed and corrected) make one step; anything else starts a new one.
 */
final class DesignHistory {
    /** Steps kept; the oldest go first. */
    static final int LIMIT = 200;

    private final Supplier<Design> take;
    private final Consumer<Design> put;
    private final Deque<Design> undo = new ArrayDeque<>();
    private final Deque<Design> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Design current;
    /** The field the last step changed, to coalesce the next edit of it; null after anything else. */
    private Object lastField;
    /** Above zero while a change must not be recorded step by step (undoing, loading a design). */
    private int quiet;
    private final Runnable onUserChange;

    /**
     * @param take         the design as it is now
     * @param put          puts a design back
     * @param onUserChange called when the design changed by an edit, an undo or a redo
     */
    DesignHistory(Supplier<Design> take, Consumer<Design> put, Runnable onUserChange) {
        this.take = take;
        this.put = put;
        this.onUserChange = onUserChange;
        this.current = take.get();
    }

    /** Records a change of {@code field} (null: a change of the stack's rows, never coalesced). */
    void changed(Object field) {
        if (quiet > 0) {
            return;
        }
        Design now = take.get();
        if (now.equals(current)) {
            return;
        }
        if (field == null || field != lastField || undo.isEmpty()) {
            push(undo, current);
        }
        current = now;
        lastField = field;
        redo.clear();
        update();
        onUserChange.run();
    }

    /** Runs {@code change} (several fields at once, such as loading a file's design) as one step. */
    void asOneStep(Runnable change) {
        quiet++;
        try {
            change.run();
        } finally {
            quiet--;
        }
        lastField = null;
        Design now = take.get();
        if (!now.equals(current)) {
            push(undo, current);
            current = now;
            redo.clear();
            update();
        }
    }

    void undo() {
        move(undo, redo);
    }

    void redo() {
        move(redo, undo);
    }

    private void move(Deque<Design> from, Deque<Design> to) {
        if (from.isEmpty()) {
            return;
        }
        push(to, current);
        current = from.pop();
        lastField = null;
        quiet++;
        try {
            put.accept(current);
        } finally {
            quiet--;
        }
        update();
        onUserChange.run();
    }

    private static void push(Deque<Design> stack, Design design) {
        stack.push(design);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
