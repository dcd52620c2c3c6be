package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its import, not by a qualified name written in a method body: a reader
 * then finds every door a file uses at its top (and {@link LayeringTest} reads them there as well
 * as in the body). The one exception is a simple name that an import already gives to another
 * class, such as {@code java.awt.Color} beside JavaFX's {@code Color}.
 */
class QualifiedNamesTest {
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|javafx|workbench|org|com)\\.(?:[a-z][a-z0-9]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?!static)([\\w.]+)\\.(\\w+);");

    @Test
    void codeUsesImportsRatherThanQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                checked++;
                for (String name : qualifiedNames(Files.readString(file))) {
                    found.add(file + ": " + name);
                }
            }
        }
        assertTrue(checked > 100, "walked the source tree");
        assertEquals(List.of(), found);
    }

    @Test
    void aQualifiedNameCountsInCodeButNotInImportsCommentsStringsOrAClash() {
        String source = """
                package workbench.app;
                import java.util.List;
                import static java.util.Objects.requireNonNull;
                import javafx.scene.paint.Color;
                /** See {@link java.util.Arrays}. */
                class X {
                    String s = "java.util.Map";
                    java.awt.Color awt = java.awt.Color.RED;
                    Object o = java.util.Arrays.asList(1);
                    List<String> l = java.util.List.of();
                }
                """;
        assertEquals(List.of("java.util.Arrays", "java.util.List"), qualifiedNames(source));
    }

    /** The qualified class names in {@code source}'s code, in order, but for those that clash with an import. */
    static List<String> qualifiedNames(String source) {
        String code = LayeringTest.withoutCommentsAndStrings(source);
        Map<String, String> imported = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String line : code.split("\n")) {
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                imported.put(imp.group(2), imp.group(1));
                continue;
            }
            if (line.trim().startsWith("package ") || line.trim().startsWith("import ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(line);
            while (m.find()) {
                String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                String simple = m.group(2);
                String other = imported.get(simple);
                if (other == null || other.equals(pkg)) {
                    names.add(pkg + "." + simple);
                }
            }
        }
        return names;
    }
}
