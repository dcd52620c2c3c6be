package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms and their one-way doors: a package may use only the rooms below it, and nothing below
 * the app uses JavaFX, so the engine runs headless. Read from the code itself, not only its import
 * lines, so a fully qualified name in a method body ({@code workbench.app.Foo.bar()}) counts as a
 * door too; names in comments and string literals do not.
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

    /** A name of the project's, qualified by its room: {@code workbench.io.Json}, {@code workbench.app.latent.X}. */
    private static final Pattern ROOM_NAME = Pattern.compile("\\bworkbench\\.([a-z]+)\\.");
    private static final Pattern JAVAFX_NAME = Pattern.compile("\\bjavafx\\.");

    @Test
    void roomsUseOnlyTheRoomsBelowAndNeverJavaFx() throws IOException {
        Path root = Path.of("src/main/java/workbench");
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> room : ALLOWED.entrySet()) {
            try (Stream<Path> files = Files.walk(root.resolve(room.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    for (String door : forbiddenDoors(room.getKey(), room.getValue(), Files.readString(file))) {
                        violations.add(file + " uses " + door);
                    }
                }
            }
        }
        assertTrue(checked > 40, "walked the source tree");
        assertEquals(List.of(), violations);
    }

    @Test
    void aQualifiedNameInCodeIsADoorButOneInACommentOrAStringIsNot() {
        String source = """
                package workbench.session;
                import workbench.engine.Shape;
                /** Drawn by {@link workbench.app.OutputArea}, never javafx.scene here. */
                class X {
                    // workbench.app.MainWindow reads this
                    String s = "workbench.app.Foo and javafx.scene.Node";
                    char c = '"';
                    Object o = workbench.app.latent.LatentScatter.class;
                    Object p = javafx.geometry.Insets.EMPTY;
                    Object q = workbench.analysis.Pca.class; /* workbench.cli.Main */
                }
                """;
        assertEquals(List.of("app", "JavaFX"), forbiddenDoors("session", ALLOWED.get("session"), source));
    }

    /** The rooms (and "JavaFX") that {@code source}, in {@code room}, uses beyond {@code allowed}, in order of first use. */
    static List<String> forbiddenDoors(String room, List<String> allowed, String source) {
        String code = withoutCommentsAndStrings(source);
        Set<String> doors = new LinkedHashSet<>();
        for (String line : code.split("\n")) {
            if (line.trim().startsWith("package ")) {
                continue;
            }
            Matcher m = ROOM_NAME.matcher(line);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(room) && !allowed.contains(target)) {
                    doors.add(target);
                }
            }
            if (JAVAFX_NAME.matcher(line).find()) {
                doors.add("JavaFX");
            }
        }
        return List.copyOf(doors);
    }

    /** Java source with its comments and its string and character literals blanked, line breaks kept. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
