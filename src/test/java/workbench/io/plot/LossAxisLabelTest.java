package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of a loss axis' label, longest first, that a small chart picks from. */
class LossAxisLabelTest {

    @Test
    void aUnitInParenthesesShortensToItsMeasurePerSample() {
        assertEquals(List.of("Loss: BCE summed per sample + beta x KL (nats)", "Loss (nats/sample)", "Loss"),
                LossAxisLabel.forms("BCE summed per sample + beta x KL (nats)", false));
        assertEquals(List.of("Loss: KL (nats)", "Loss (nats)", "Loss"), LossAxisLabel.forms(" KL (nats) ", false));
    }

    @Test
    void aUnitWithACommaShortensToItsNameThenItsName() {
        assertEquals(List.of("Loss (MSE, mean per element)", "Loss (MSE per element)", "Loss (MSE)", "Loss"),
                LossAxisLabel.forms("MSE, mean per element", false));
        assertEquals(List.of("Loss (BCE, summed)", "Loss (BCE)", "Loss"), LossAxisLabel.forms("BCE, summed", false));
        assertEquals(List.of("Loss (MSE)", "Loss"), LossAxisLabel.forms("MSE", false));
    }

    @Test
    void noUnitGivesJustLoss() {
        assertEquals(List.of("Loss"), LossAxisLabel.forms(null, false));
        assertEquals(List.of("Loss"), LossAxisLabel.forms("  ", false));
    }

    @Test
    void onALogScaleEveryFormSaysSoAndTheShortestIsLossLog() {
        assertEquals(List.of("Loss (MSE), log scale", "Loss, log scale", "Loss (log)"),
                LossAxisLabel.forms("MSE", true));
    }
}
