package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.engine.TrainingResult;

/** The session's runs: numbering, a continued model keeping its one record, the cap, removal. */
class RunHistoryTest {
    private static final Experiment EXPERIMENT = Presets.all().get(0).experiment();

    private static EpochStats epoch(int n, double train, Double validation) {
        return new EpochStats(n, loss(train), validation == null ? null : loss(validation), 0.5, 1000, 1e-3);
    }

    private static LossBreakdown loss(double v) {
        return new LossBreakdown(v, v, v * 64, 0, 0);
    }

    private static List<EpochStats> epochs(int count) {
        List<EpochStats> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(epoch(i, 1.0 / i, 1.1 / i));
        }
        return out;
    }

    private static RunRecord draft(List<EpochStats> epochs) {
        return new RunRecord(0, "64-32-[2]-32-64", "digits-8x8", EXPERIMENT, "BCE, mean per element", epochs,
                Double.NaN, RunRecord.Status.FINISHED, 0);
    }

    @Test
    void numbersRunsInOrderAndDescribesThem() {
        RunHistory h = new RunHistory();
        RunRecord first = h.add(draft(epochs(3)));
        RunRecord second = h.add(draft(epochs(2)));
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals("#1 64-32-[2]-32-64", first.label());
        assertEquals("64-32-[2]-32-64 on digits-8x8", first.name());
        assertEquals(List.of(first, second), h.records());
        assertSame(second, h.find(2));
        assertEquals(1.0 / 3, first.finalTrainLoss(), 1e-12);
        assertEquals(1.1 / 3, first.finalValidationLoss(), 1e-12);
        assertEquals(1.5, first.trainSeconds(), 1e-12);
        assertEquals(EXPERIMENT.model().loss(), first.loss());
    }

    @Test
    void aContinuedModelGrowsItsRecordInsteadOfAddingOne() {
        RunHistory h = new RunHistory();
        List<EpochStats> firstTraining = epochs(2);
        h.add(draft(firstTraining));
        List<EpochStats> more = new ArrayList<>(firstTraining);
        more.add(epoch(3, 0.2, 0.25));
        RunRecord grown = h.add(new RunRecord(0, "64-32-[2]-32-64", "digits-8x8", EXPERIMENT, "BCE, mean per element",
                more, 0.3, RunRecord.Status.STOPPED, 0));
        assertEquals(1, h.size());
        assertEquals(1, grown.number());
        assertEquals(1, grown.continuations());
        assertEquals(3, grown.epochCount());
        assertEquals(RunRecord.Status.STOPPED, grown.status());
        assertEquals(0.3, grown.testLoss());

        assertNull(h.add(draft(more)), "a continuation stopped before its first epoch adds nothing");
        assertSame(grown, h.find(1));
    }

    @Test
    void equalNumbersFromAnotherModelMakeANewRecord() {
        RunHistory h = new RunHistory();
        h.add(draft(epochs(2)));
        RunRecord other = h.add(draft(epochs(3))); // same values, other epoch objects: another model
        assertEquals(2, other.number());
        assertEquals(0, other.continuations());
    }

    @Test
    void aRunWithoutEpochsIsNotRecorded() {
        RunHistory h = new RunHistory();
        assertNull(h.add(draft(List.of())));
        assertEquals(0, h.size());
    }

    @Test
    void keepsTheNewestUpToItsCapacityAndNeverReusesANumber() {
        RunHistory h = new RunHistory(3);
        for (int i = 0; i < 5; i++) {
            h.add(draft(epochs(1)));
        }
        assertEquals(List.of(3, 4, 5), h.records().stream().map(RunRecord::number).toList());
        assertTrue(h.remove(4));
        assertEquals(List.of(3, 5), h.records().stream().map(RunRecord::number).toList());
        assertEquals(6, h.add(draft(epochs(1))).number());
        assertEquals(50, new RunHistory().capacity());
    }

    @Test
    void tellsItsListenersOfEveryChange() {
        RunHistory h = new RunHistory();
        int[] calls = new int[1];
        h.addListener(() -> calls[0]++);
        List<EpochStats> e = epochs(1);
        h.add(draft(e));
        h.add(draft(List.of()));
        assertEquals(1, calls[0], "nothing recorded, nothing told");
        assertTrue(h.remove(1));
        assertEquals(false, h.remove(1));
        assertEquals(2, calls[0]);
    }

    @Test
    void aRunWithoutValidationHasNoValidationLoss() {
        RunRecord r = new RunHistory().add(draft(List.of(epoch(1, 0.5, null))));
        assertTrue(Double.isNaN(r.finalValidationLoss()));
        assertEquals(0.5, r.finalTrainLoss());
    }

    @Test
    void mapsTheTrainersEndings() {
        assertEquals(RunRecord.Status.FINISHED, RunRecord.Status.of(TrainingResult.Status.COMPLETED));
        assertEquals(RunRecord.Status.STOPPED_EARLY, RunRecord.Status.of(TrainingResult.Status.STOPPED_EARLY));
        assertEquals(RunRecord.Status.STOPPED, RunRecord.Status.of(TrainingResult.Status.CANCELLED));
        assertEquals(RunRecord.Status.DIVERGED, RunRecord.Status.of(TrainingResult.Status.DIVERGED));
        assertEquals("stopped early", RunRecord.Status.STOPPED_EARLY.text());
    }
}
