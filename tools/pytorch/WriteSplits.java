import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import workbench.data.CsvTableLoader;
import workbench.data.DatasetRegistry;
import workbench.data.IdxFolder;
import workbench.data.IdxReader;
import workbench.data.ImageFolderLoader;
import workbench.data.Splits;
import workbench.io.ModelFile;

/**
 * Writes a run's splits.npz (train, validation and test source row numbers, int32) from the split
 * definition the workbench trains with, for a run folder that holds none (written before runs kept
 * their split), and to check the one a run wrote against the definition. Rows of the training part are 0..n-1 in file order and a test part of the
 * source's own continues at n; a source without one is split by Splits.trainTest's rule.
 *
 *   java -cp target/workbench.jar tools/pytorch/WriteSplits.java RUN_DIR DATA_PATH [OUT.npz]
 */
public class WriteSplits {
    public static void main(String[] args) throws Exception {
        Path run = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path file = args.length > 2 ? Path.of(args[2]) : run.resolve("splits.npz");
        ModelFile.Loaded loaded = ModelFile.load(run.resolve("model.npz"));
        int[] labels;
        int[] train;
        int[] test;
        if (Files.isDirectory(data) && IdxFolder.looksLikeIdxFolder(data)) {
            IdxFolder.Contents files = IdxFolder.find(data);
            int[] trainLabels = IdxReader.readLabels(files.trainLabels());
            if (files.hasTest()) {
                int m = IdxReader.readLabels(files.testLabels()).length;
                labels = trainLabels;
                train = range(0, trainLabels.length);
                test = range(trainLabels.length, trainLabels.length + m);
            } else {
                labels = trainLabels;
                int[][] split = Splits.stratified(labels, DatasetRegistry.TEST_FRACTION, DatasetRegistry.SPLIT_SEED);
                train = split[0];
                test = split[1];
            }
        } else {
            labels = Files.isDirectory(data) ? ImageFolderLoader.load(data).labels()
                    : CsvTableLoader.auto().load(data).dataset().labels();
            int[][] split = Splits.stratified(labels, DatasetRegistry.TEST_FRACTION, DatasetRegistry.SPLIT_SEED);
            train = split[0];
            test = split[1];
        }
        double fraction = loaded.metadata().training().validationFraction();
        long seed = loaded.metadata().training().seed();
        int[] validation = new int[0];
        if (fraction > 0 && train.length > 1) {
            int[] trainLabels = new int[train.length];
            for (int i = 0; i < train.length; i++) {
                trainLabels[i] = labels[train[i]];
            }
            int[][] split = Splits.stratified(trainLabels, fraction, seed);
            validation = pick(train, split[1]);
            train = pick(train, split[0]);
        }
        try (OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "train", train);
            put(zip, "validation", validation);
            put(zip, "test", test);
        }
        System.out.println(file + ": " + train.length + " train, " + validation.length
                + " validation, " + test.length + " test rows");
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }

    private static int[] pick(int[] rows, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = rows[positions[i]];
        }
        return out;
    }

    /** One int32 vector as a .npy entry (format 1.0: magic, header length, a dict padded to 64 bytes). */
    private static void put(ZipOutputStream zip, String name, int[] values) throws IOException {
        String dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (" + values.length + ",), }";
        int padded = (10 + dict.length() + 1 + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        while (10 + header.length() + 1 < padded) {
            header.append(' ');
        }
        header.append('\n');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        bytes.write(header.length() & 0xFF);
        bytes.write(header.length() >> 8);
        bytes.write(header.toString().getBytes(StandardCharsets.US_ASCII));
        ByteBuffer body = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            body.putInt(v);
        }
        bytes.write(body.array());
        zip.putNextEntry(new ZipEntry(name + ".npy"));
        zip.write(bytes.toByteArray());
        zip.closeEntry();
    }
}
