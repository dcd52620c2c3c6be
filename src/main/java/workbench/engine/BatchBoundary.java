package workbench.engine;

/**
 * What the training thread does at a batch boundary besides training. Between batches the model
 * is idle and belongs to that thread, so work that reads it (a screen's query) runs here; and the
 * owner learns when the trainer is really held, so that "paused" is said only once it is true.
 */
public interface BatchBoundary {
    /** Nothing to serve and nobody to tell: a trainer driven on its own. */
    BatchBoundary NONE = new BatchBoundary() {
        @Override
        public void serve() {
        }
    };

    /** Runs pending work on the training thread: before every batch, and while held whenever woken. */
    void serve();

    /** The trainer is now held at the boundary (paused), or goes on. */
    default void held(boolean isHeld) {
    }
}
