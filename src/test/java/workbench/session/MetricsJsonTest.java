package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** JSON has no NaN or infinity: such a metric is written as null, in both files that hold metrics. */
class MetricsJsonTest {
    @Test
    void aNumberJsonCannotHoldIsNull() {
        assertNull(MetricsJson.number(Double.NaN));
        assertNull(MetricsJson.number(Double.NEGATIVE_INFINITY));
        assertNull(MetricsJson.number(Double.POSITIVE_INFINITY));
        assertEquals(0.25, MetricsJson.number(0.25));
    }
}
