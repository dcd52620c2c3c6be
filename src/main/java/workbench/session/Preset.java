package workbench.session;

/** A ready-made experiment for teaching, with the idea it shows, in a paragraph. */
public record Preset(String title, String explanation, Experiment experiment) {
}
