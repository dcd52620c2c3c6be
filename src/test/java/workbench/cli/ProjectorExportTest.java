package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.io.ModelFile;
import workbench.session.ProjectorExport;

/**
 * The Embedding Projector files of a saved run: vectors.tsv repeats codes.csv's code columns (a VAE's
 * means), metadata.tsv has a header and one row per test sample naming its source row, for pictures
 * the sprite holds each sample's thumbnail in the grid the configs describe, and both configs (the
 * standalone projector's JSON, TensorBoard's text protobuf) name the files.
 */
class ProjectorExportTest {
    private static final DatasetRegistry REGISTRY = new DatasetRegistry();

    @TempDir
    Path dir;

    private Path train(String name, String dataset, String... extra) {
        Path run = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("train", "--dataset", dataset, "--layers", "16", "--epochs", "1",
                "--seed", "4", "--quiet", "--out", run.toString()));
        args.addAll(List.of(extra));
        CommandRun trained = CommandRun.of(args);
        assertEquals(0, trained.exitCode(), trained.err());
        return run;
    }

    private List<String> export(Path run, Path out) throws IOException {
        Files.createDirectories(out);
        Path model = run.resolve("model.npz");
        return ProjectorExport.writeSaved(out, ModelFile.load(model), model, REGISTRY);
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.split("\t", -1)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "vae"})
    void picturesGetVectorsMetadataASpriteOfTheirThumbnailsAndAConfig(String variant) throws IOException {
        Path run = train("run", "digits-8x8", "--latent", "3", "--variant", variant);
        Path out = dir.resolve("projector");
        assertEquals(List.of(), export(run, out), "8x8 thumbnails fit as they are");
        assertEquals(ProjectorExport.fileNames(true), listing(out));

        List<String> codes = Files.readAllLines(run.resolve("codes.csv"));
        int n = codes.size() - 1;
        List<String[]> vectors = rows(out.resolve(ProjectorExport.VECTORS));
        List<String[]> metadata = rows(out.resolve(ProjectorExport.METADATA));
        assertEquals(n, vectors.size(), "one code per test sample, no header");
        assertEquals(List.of("label", "class", "index", "reconstruction_error"), List.of(metadata.get(0)));
        assertEquals(n + 1, metadata.size(), "a header, then one row per sample");
        for (int i = 0; i < n; i++) {
            String[] csv = codes.get(i + 1).split(",");
            assertEquals(List.of(csv).subList(2, csv.length), List.of(vectors.get(i)), "code " + i + " as in codes.csv");
            String[] meta = metadata.get(i + 1);
            assertEquals(4, meta.length);
            assertEquals(csv[0], meta[2], "sample " + i + "'s source row, as codes.csv's index");
            assertEquals(csv[1], meta[1], "class name");
            assertEquals(Integer.toString(Integer.parseInt(csv[1])), meta[0], "digits' classes are named by their label");
            double error = Double.parseDouble(meta[3]);
            assertTrue(error > 0 && Double.isFinite(error), meta[3]);
        }

        JsonNode embedding = new ObjectMapper().readTree(out.resolve(ProjectorExport.CONFIG).toFile())
                .get("embeddings").get(0);
        assertEquals(List.of(n, 3), List.of(embedding.get("tensorShape").get(0).asInt(),
                embedding.get("tensorShape").get(1).asInt()));
        assertEquals(ProjectorExport.VECTORS, embedding.get("tensorPath").asText());
        assertEquals(ProjectorExport.METADATA, embedding.get("metadataPath").asText());
        assertEquals(ProjectorExport.SPRITE, embedding.get("sprite").get("imagePath").asText());
        JsonNode thumb = embedding.get("sprite").get("singleImageDim");
        assertEquals(List.of(8, 8), List.of(thumb.get(0).asInt(), thumb.get(1).asInt()));
        assertEquals(List.of("embeddings {", "  tensor_name: \"digits-8x8 test codes\"", "  tensor_shape: " + n,
                "  tensor_shape: 3", "  tensor_path: \"vectors.tsv\"", "  metadata_path: \"metadata.tsv\"", "  sprite {",
                "    image_path: \"sprite.png\"", "    single_image_dim: 8", "    single_image_dim: 8", "  }", "}"),
                Files.readAllLines(out.resolve(ProjectorExport.TENSORBOARD_CONFIG)), "TensorBoard's text protobuf");
        BufferedImage sprite = ImageIO.read(out.resolve(ProjectorExport.SPRITE).toFile());
        int side = (int) Math.ceil(Math.sqrt(n));
        assertEquals(side * 8, sprite.getWidth(), "a square grid of 8-pixel thumbnails");
        assertEquals(side * 8, sprite.getHeight());

        // the last sample's thumbnail, bottom right of the filled cells, is its picture as the file holds it
        Dataset test = REGISTRY.load("digits-8x8").test();
        int last = n - 1;
        int row = Integer.parseInt(codes.get(n).split(",")[0]) - REGISTRY.load("digits-8x8").train().size();
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int grey = sprite.getRGB((last % side) * 8 + x, (last / side) * 8 + y) & 0xFF;
                assertEquals(Math.round(test.features().get(row, y * 8 + x) * 255), grey, 1, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aTableGetsTheTwoTsvFilesAndAOneValueCodeIsRefusedWithNothingWritten() throws IOException {
        Path run = train("run", "wine", "--latent", "2");
        Path out = dir.resolve("table");
        export(run, out);
        assertEquals(ProjectorExport.fileNames(false), listing(out));
        List<String> codes = Files.readAllLines(run.resolve("codes.csv"));
        List<String> vectors = Files.readAllLines(out.resolve(ProjectorExport.VECTORS));
        assertEquals(codes.stream().skip(1).map(line -> line.split(",", 3)[2].replace(',', '\t')).toList(), vectors);
        JsonNode embedding = new ObjectMapper().readTree(out.resolve(ProjectorExport.CONFIG).toFile())
                .get("embeddings").get(0);
        assertEquals(36, embedding.get("tensorShape").get(0).asInt());
        assertTrue(embedding.get("sprite") == null, "no sprite for a table: " + embedding);

        Path one = dir.resolve("one");
        Path runOne = train("one-value", "wine", "--latent", "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> export(runOne, one));
        assertTrue(e.getMessage().contains("the Embedding Projector needs vectors of at least 2 dimensions"),
                e.getMessage());
        assertEquals(List.of(), listing(one), "nothing written");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
            List<String> order = ProjectorExport.fileNames(true);
            names.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
            return names;
        }
    }
}
