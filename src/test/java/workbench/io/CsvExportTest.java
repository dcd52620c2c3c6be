package workbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.analysis.EpochRecord;

class CsvExportTest {

    @Test
    void historyHasHeaderAndEmptyCellForMissingValidation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history.csv");
        CsvExport.writeHistory(file, List.of(
                new EpochRecord(1, 0.5, Double.NaN, 1.25),
                new EpochRecord(2, 0.123456789012345, 0.2, 1.0)));
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("epoch,train_loss,val_loss,seconds", "1,0.5,,1.25", "2,0.123456789012345,0.2,1.0"),
                lines);
        assertEquals(0.123456789012345, Double.parseDouble(lines.get(2).split(",")[1]));
    }

    @Test
    void numbersIgnoreTheDefaultLocale(@TempDir Path dir) throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma
            Path file = dir.resolve("codes.csv");
            CsvExport.writeCodes(file, new FMatrixRMaj(1, 1, true, 1.5f), new int[] {0}, List.of());
            assertEquals("0,1.5", Files.readAllLines(file).get(1));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void codesUseClassNamesAndFullFloatPrecision(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("codes.csv");
        float third = 1f / 3f;
        FMatrixRMaj codes = new FMatrixRMaj(3, 2, true, third, -2f, 1e-8f, 0f, 3f, 4f);
        CsvExport.writeCodes(file, codes, new int[] {1, 0, -1}, List.of("T-shirt/top", "Bag, small"));
        List<String> lines = Files.readAllLines(file);
        assertEquals("label,z1,z2", lines.get(0));
        assertEquals("\"Bag, small\"," + Float.toString(third) + ",-2.0", lines.get(1));
        assertEquals("T-shirt/top,1.0E-8,0.0", lines.get(2));
        assertEquals(",3.0,4.0", lines.get(3));
        assertEquals(third, Float.parseFloat(lines.get(1).split(",")[2]));
    }

    @Test
    void aClassNamedLikeAFormulaIsWrittenAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("codes.csv");
        CsvExport.writeCodes(file, new FMatrixRMaj(1, 1, true, 1f), new int[] {0}, List.of("=HYPERLINK(\"x\",\"y\")"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1.0", Files.readAllLines(file).get(1));
    }

    @Test
    void codesWithoutNamesUseNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("codes.csv");
        CsvExport.writeCodes(file, new FMatrixRMaj(2, 1, true, 1f, 2f), new int[] {7, 3}, null);
        assertEquals(List.of("label,z1", "7,1.0", "3,2.0"), Files.readAllLines(file));
        CsvExport.writeCodes(file, new FMatrixRMaj(1, 1, true, 1f), null, null);
        assertEquals(List.of("label,z1", ",1.0"), Files.readAllLines(file));
    }

    @Test
    void theSourceRowNumberIsTheFirstColumnWhenGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("codes.csv");
        CsvExport.writeCodes(file, new FMatrixRMaj(2, 1, true, 1f, 2f), new int[] {170, 4}, new int[] {1, 0},
                List.of("a", "b"));
        assertEquals(List.of("index,label,z1", "170,b,1.0", "4,a,2.0"), Files.readAllLines(file));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvExport.writeCodes(
                dir.resolve("short.csv"), new FMatrixRMaj(2, 1), new int[] {0}, null, null));
        assertEquals("2 code rows but 1 row numbers; pass one per row (or null for none)", e.getMessage());
        assertEquals(false, Files.exists(dir.resolve("short.csv")), "nothing written");
    }

    @Test
    void mismatchedLabelsAreRefusedBeforeWriting(@TempDir Path dir) {
        Path file = dir.resolve("codes.csv");
        assertThrows(IllegalArgumentException.class,
                () -> CsvExport.writeCodes(file, new FMatrixRMaj(2, 1), new int[] {0}, null));
        assertThrows(IllegalArgumentException.class,
                () -> CsvExport.writeCodes(file, new FMatrixRMaj(1, 1), new int[] {5}, List.of("a")));
        assertEquals(false, Files.exists(file));
    }

    @Test
    void aCellIsQuotedWhenItHoldsACommaQuoteOrLineBreakEvenAsItsFirstCharacter() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvExport.inert("=HYPERLINK(\"http://x\")"),
                "a label a spreadsheet would run as a formula is made text");
        for (String formula : new String[] {"+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, CsvExport.inert(formula), formula);
        }
        assertEquals("cat", CsvExport.inert("cat"));
        assertEquals("", CsvExport.inert(""));
        assertEquals("plain", CsvExport.quote("plain"));
        assertEquals("\",a\"", CsvExport.quote(",a"));
        assertEquals("\"\"\"a\"", CsvExport.quote("\"a"), "a quote is doubled");
        assertEquals("\"\na\"", CsvExport.quote("\na"));
        assertEquals("\"\ra\"", CsvExport.quote("\ra"));
    }

    @Test
    void aLabelOneBeyondTheNamesIsRefusedNamingTheValidRange(@TempDir Path dir) {
        Path file = dir.resolve("codes.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvExport.writeCodes(file, new FMatrixRMaj(1, 1), new int[] {3}, List.of("a", "b", "c")));
        assertTrue(e.getMessage().contains("labels 0..2"), e.getMessage());
    }
}
