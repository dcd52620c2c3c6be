package workbench.io.format;

import java.util.List;

/** How the window shows an experiment: presenter mode and the ids of the controls it hides (null: the defaults). */
public record ViewJson(boolean presenterMode, List<String> hidden) {
}
