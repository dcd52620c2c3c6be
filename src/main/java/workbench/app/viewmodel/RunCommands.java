package workbench.app.viewmodel;

import workbench.app.viewmodel.RunViewModel.State;

/**
 * Which of the toolbar's commands can act, from the run's state and whether there is something to
 * train on. A button is enabled exactly when pressing it would do something: Train more on an
 * invalid design, or Train while data is still loading, would do nothing and so is disabled.
 *
 * @param train     Train, Train more or Resume
 * @param step      Step batch and Step epoch
 * @param pause     Pause, or (while paused) the same button to resume
 * @param stop      Stop
 * @param reset     Reset: there is a run to forget
 */
public record RunCommands(boolean train, boolean step, boolean pause, boolean stop, boolean reset) {

    /** What there is to train on, apart from the run. */
    public enum Readiness {
        /** A dataset is still arriving. */
        LOADING,
        /** No dataset has been loaded. */
        NO_DATA,
        /** The design cannot be built on the data. */
        INVALID_DESIGN,
        /** Data and a valid design. */
        READY
    }

    /**
     * @param hasRun whether a run exists to forget (a trained, training or opened model)
     */
    public static RunCommands of(State state, Readiness readiness, boolean hasRun) {
        boolean canBuild = readiness == Readiness.READY;
        // a paused run resumes and steps with the design it has, whatever the panel says now
        boolean startable = canBuild && (state == State.NOT_READY || state == State.READY || state == State.FINISHED
                || state == State.FAILED);
        boolean paused = state == State.PAUSED;
        boolean active = state == State.RUNNING || paused;
        return new RunCommands(startable || paused, startable || paused, active, active,
                state != State.STARTING && (hasRun || active));
    }
}
