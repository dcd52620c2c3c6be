package workbench.io.format;

import workbench.engine.ScheduleSpec;

/** How the learning rate moves from epoch to epoch (see {@link ScheduleSpec}). */
public record ScheduleJson(String kind, int every, double factor, double minRate) {

    static ScheduleJson fromSpec(ScheduleSpec s) {
        return new ScheduleJson(Words.write(s.kind()), s.every(), s.factor(), s.minRate());
    }

    ScheduleSpec toSpec() {
        return new ScheduleSpec(Words.read(ScheduleSpec.Kind.class, kind, "the schedule"), every, factor, minRate);
    }

    static ScheduleSpec toSpec(ScheduleJson json) {
        return json == null ? null : json.toSpec();
    }
}
