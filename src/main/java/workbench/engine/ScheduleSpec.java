package workbench.engine;

import java.util.Locale;

/**
 * How the learning rate moves from epoch to epoch.
 *
 * @param kind      CONSTANT; STEP (times {@code factor} every {@code every} epochs); COSINE (from
 *                  the base rate down to {@code minRate} over the run); PLATEAU (times {@code factor}
 *                  after {@code every} epochs without a better validation loss, never below minRate)
 */
public record ScheduleSpec(Kind kind, int every, double factor, double minRate) {

    public enum Kind {
        CONSTANT, STEP, COSINE, PLATEAU;

        public static Kind parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown schedule '" + name
                        + "': expected one of constant, step, cosine, plateau");
            }
        }
    }

    public ScheduleSpec {
        if (kind != Kind.CONSTANT && kind != Kind.COSINE && every < 1) {
            throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT)
                    + " schedule needs a period of at least 1 epoch, got " + every);
        }
        if ((kind == Kind.STEP || kind == Kind.PLATEAU) && !(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("schedule factor must be in (0, 1), got " + factor);
        }
        if (!(minRate >= 0)) {
            throw new IllegalArgumentException("minimum learning rate must be >= 0, got " + minRate);
        }
    }

    public static ScheduleSpec constant() {
        return new ScheduleSpec(Kind.CONSTANT, 0, 1, 0);
    }
}
