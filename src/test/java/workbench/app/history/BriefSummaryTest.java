package workbench.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BriefSummaryTest {
    private static final String CUT = "\u2026";

    @Test
    void aShortSummaryIsShownWhole() {
        assertEquals("30-16-[8]-16-30", BriefSummary.of("30-16-[8]-16-30"));
        assertEquals("64-32-16-[2]-16-32-64", BriefSummary.of("64-32-16-[2]-16-32-64"));
    }

    @Test
    void theLayersNearestTheCodeGoFirstAPairAtATime() {
        assertEquals("64-32-" + CUT + "-[2]-" + CUT + "-32-64", BriefSummary.of("64-32-16-8-[2]-8-16-32-64"));
        assertEquals("784-" + CUT + "-[2]-" + CUT + "-784", BriefSummary.of("784-512-256-[2]-256-512-784"));
        // two pairs out still leave 28 characters, three leave the ends
        assertEquals("1x8x8-" + CUT + "-[code]-" + CUT + "-1x8x8", BriefSummary.of("1x8x8-c6-p2-c4-[code]-c4-u2-c6-1x8x8"));
    }

    @Test
    void theInputTheCodeAndTheOutputAlwaysStay() {
        String brief = BriefSummary.of("1x28x28-c16-p2-c8-p2-c8-p2-[code]-c8-u2-c8-u2-c16-u2-1x28x28");
        assertEquals("1x28x28-" + CUT + "-[code]-" + CUT + "-1x28x28", brief);
        assertTrue(brief.length() > BriefSummary.MOST_CHARACTERS, "longer than the rule, but never less than this");
    }

    @Test
    void aLongEncoderBesideAShortDecoderLosesOnlyWhatItHas() {
        assertEquals("784-512-" + CUT + "-[16]-" + CUT + "-784", BriefSummary.of("784-512-256-128-64-32-[16]-64-784"));
    }
}
