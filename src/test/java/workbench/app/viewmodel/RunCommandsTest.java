package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import workbench.app.viewmodel.RunCommands.Readiness;
import workbench.app.viewmodel.RunViewModel.State;

/** Every run state against every readiness: which toolbar commands can act. */
class RunCommandsTest {

    /** train, step, pause, stop, reset, as the toolbar's rules say them in words. */
    private static RunCommands expected(State state, Readiness readiness, boolean hasRun) {
        boolean buildable = readiness == Readiness.READY;
        return switch (state) {
            // nothing runs: Train and Step start a run only on data with a valid design
            case NOT_READY, READY, FINISHED, FAILED -> new RunCommands(buildable, buildable, false, false, hasRun);
            // preparing: nothing can act until the first batch, not even Reset
            case STARTING -> new RunCommands(false, false, false, false, false);
            // a running model trains on with its own design, whatever the panel shows meanwhile
            case RUNNING -> new RunCommands(false, false, true, true, true);
            case PAUSED -> new RunCommands(true, true, true, true, true);
        };
    }

    @Test
    void eachCommandIsEnabledExactlyWhenItCanActInEveryStateAndReadiness() {
        for (State state : State.values()) {
            for (Readiness readiness : Readiness.values()) {
                for (boolean hasRun : new boolean[] {false, true}) {
                    if (!hasRun && (state == State.RUNNING || state == State.PAUSED)) {
                        continue; // a running or paused state always has its run
                    }
                    assertEquals(expected(state, readiness, hasRun), RunCommands.of(state, readiness, hasRun),
                            state + ", " + readiness + (hasRun ? ", a run" : ", no run"));
                }
            }
        }
    }

    @Test
    void trainMoreIsDisabledOnAnInvalidDesignAndWhileDataLoads() {
        assertEquals(false, RunCommands.of(State.FINISHED, Readiness.INVALID_DESIGN, true).train());
        assertEquals(false, RunCommands.of(State.FINISHED, Readiness.LOADING, true).train());
        assertEquals(true, RunCommands.of(State.FINISHED, Readiness.INVALID_DESIGN, true).reset(),
                "the trained model can still be forgotten");
    }
}
