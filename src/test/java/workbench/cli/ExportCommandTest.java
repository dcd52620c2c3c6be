package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: one command for the three formats, beside what the folder holds, never over a file unasked. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void train() {
        Path run = dir.resolve("run");
        CommandRun r = CommandRun.of(List.of("train", "--dataset", "digits-8x8", "--layers", "16", "--latent", "3",
                "--epochs", "1", "--quiet", "--out", run.toString()));
        assertEquals(0, r.exitCode(), r.err());
        model = run.resolve("model.npz");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachFormatWritesItsFilesAndSaysWhich() throws IOException {
        for (String[] expected : List.of(
                new String[] {"onnx", "autoencoder.onnx", "decoder.onnx", "encoder.onnx"},
                new String[] {"pytorch", "autoencoder.py"},
                new String[] {"projector", "metadata.tsv", "projector_config.json", "projector_config.pbtxt",
                        "sprite.png", "vectors.tsv"})) {
            Path out = dir.resolve("out-" + expected[0]);
            CommandRun r = CommandRun.of(List.of("export", "--model", model.toString(), "--format", expected[0],
                    "--out", out.toString()));
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(List.of(expected).subList(1, expected.length), listing(out));
            assertTrue(r.out().startsWith("Wrote ") && r.out().contains(out.toString()), r.out());
        }
    }

    @Test
    void aFolderWithAFileOfTheSameNameIsLeftAsItWasUnlessForced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(out.resolve("decoder.onnx"), "mine");
        Files.writeString(out.resolve("notes.txt"), "kept");
        List<String> args = List.of("export", "--model", model.toString(), "--format", "ONNX", "--out", out.toString());
        CommandRun.of(args).assertRefusedInOneLine(out.toAbsolutePath() + " already holds decoder.onnx: nothing was written");
        assertEquals(List.of("decoder.onnx", "notes.txt"), listing(out));
        assertEquals("mine", Files.readString(out.resolve("decoder.onnx")));

        List<String> forced = new ArrayList<>(args);
        forced.add("--force");
        assertEquals(0, CommandRun.of(forced).exitCode());
        assertEquals(List.of("autoencoder.onnx", "decoder.onnx", "encoder.onnx", "notes.txt"), listing(out));
        assertTrue(Files.size(out.resolve("decoder.onnx")) > 100, "replaced by the export");
        assertArrayEquals("kept".getBytes(), Files.readAllBytes(out.resolve("notes.txt")));
    }

    @Test
    void anUnknownFormatOrAnEmptyOutIsRefusedBeforeAnythingIsRead() {
        CommandRun.of(List.of("export", "--model", model.toString(), "--format", "tflite", "--out", "x"))
                .assertRefusedInOneLine("--format 'tflite' is not an export format: choose onnx, pytorch or projector");
        CommandRun.of(List.of("export", "--model", model.toString(), "--format", "onnx", "--out", ""))
                .assertRefusedInOneLine("--out names no folder");
        CommandRun.of(List.of("export", "--model", dir.resolve("none.npz").toString(), "--format", "onnx", "--out",
                dir.resolve("none").toString())).assertRefusedInOneLine("There is no model file");
        assertTrue(Files.notExists(dir.resolve("none")), "no folder left by a refusal");
    }
}
