package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;

/** The first epoch below a reference: which losses count, and where on the epoch axis it sits. */
class ReferenceCrossingTest {

    /** Losses 1/epoch per element, 784 times that per sample, plus a KL of 50 nats in the objective. */
    private static List<EpochStats> history(int epochs, boolean validation) {
        List<EpochStats> out = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            double mean = 1.0 / e;
            LossBreakdown loss = new LossBreakdown(mean * 784 + 50, mean, mean * 784, 50, 0);
            LossBreakdown val = new LossBreakdown(mean * 784 + 51, mean + 0.01, (mean + 0.01) * 784, 50, 0);
            out.add(new EpochStats(e, loss, validation ? val : null, 1, 1000, 1e-3));
        }
        return out;
    }

    @Test
    void validationLossesDecideAtTheEpochsEnd() {
        // validation means 1/e + 0.01: below 0.3 from epoch 4 (0.26), the training means already at epoch 4 (0.25)
        ReferenceCrossing c = ReferenceCrossing.find(history(10, true), 0.3, false);
        assertEquals(new ReferenceCrossing(4, 4.0, true), c);
        assertEquals(new ReferenceCrossing(5, 5.0, true), ReferenceCrossing.find(history(10, true), 0.25, false),
                "validation 0.26 at epoch 4 is not below 0.25, though training is");
    }

    @Test
    void withoutValidationTrainingMeansDecideAtTheEpochsMiddle() {
        assertEquals(new ReferenceCrossing(4, 3.5, false), ReferenceCrossing.find(history(10, false), 0.3, false));
    }

    @Test
    void aVariationalModelIsComparedOnTheReconstructionsSumPerSampleWithoutKl() {
        // per sample 784/e: below 200 from epoch 4 (196); the objective, 50 nats higher, only from epoch 6
        assertEquals(4, ReferenceCrossing.find(history(10, false), 200, true).epoch());
    }

    @Test
    void noCrossingWhenNoEpochIsBelowOrThereIsNoReference() {
        assertNull(ReferenceCrossing.find(history(10, true), 0.05, false));
        assertNull(ReferenceCrossing.find(history(10, true), Double.NaN, false));
        assertNull(ReferenceCrossing.find(List.of(), 1, false));
    }
}
