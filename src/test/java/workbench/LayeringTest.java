package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms and their one-way doors: a package may import only the rooms below it, and nothing
 * below the app imports JavaFX, so the engine runs headless.
 */
class LayeringTest {
    /** Each room and the rooms it may use. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "engine", List.of(),
            "data", List.of("engine"),
            "analysis", List.of("engine", "data"),
            "io", List.of("engine", "data", "analysis"),
            "session", List.of("engine", "data", "analysis", "io"),
            "cli", List.of("engine", "data", "analysis", "io", "session"));

    @Test
    void roomsImportOnlyDownwardAndNeverJavaFx() throws IOException {
        Path root = Path.of("src/main/java/workbench");
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> room : ALLOWED.entrySet()) {
            try (Stream<Path> files = Files.walk(root.resolve(room.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    for (String line : Files.readAllLines(file)) {
                        String l = line.trim();
                        if (l.startsWith("import javafx") || l.contains(" javafx.")) {
                            violations.add(file + " uses JavaFX");
                        }
                        if (l.startsWith("import workbench.") || l.startsWith("import static workbench.")) {
                            String target = l.replace("import static ", "import ").substring("import workbench.".length());
                            String targetRoom = target.substring(0, target.indexOf('.'));
                            if (!targetRoom.equals(room.getKey()) && !room.getValue().contains(targetRoom)) {
                                violations.add(file + " imports " + targetRoom + " (" + l + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 40, "walked the source tree");
        assertEquals(List.of(), violations);
    }
}
