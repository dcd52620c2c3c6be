package workbench.data;

/**
 * How a CSV file is written, read off its first line: the separator (comma, semicolon or tab),
 * whether numbers use a decimal comma (only with a semicolon or a tab between values, as a
 * European spreadsheet saves them), and whether the first row names the columns or is already
 * data (every value of it a number). A file that is not plain comma-separated with a header is
 * read anyway and {@link #note()} says how, so the reading is never a silent guess.
 *
 * @param separator    ',', ';' or '\t'
 * @param decimalComma true when "1,5" means one and a half
 * @param header       false when the first row holds numbers, not names
 */
record CsvDialect(char separator, boolean decimalComma, boolean header) {

    static final CsvDialect PLAIN = new CsvDialect(',', false, true);

    /** The dialect of {@code text}, from its first non-blank line (quoted parts left out). */
    static CsvDialect sniff(String text) {
        String first = firstLine(text);
        int commas = count(first, ',');
        int semicolons = count(first, ';');
        int tabs = count(first, '\t');
        char separator = tabs > 0 && tabs >= semicolons && tabs >= commas ? '\t'
                : semicolons > commas ? ';' : ',';
        boolean decimalComma = separator != ',' && containsDecimalComma(text, separator);
        return new CsvDialect(separator, decimalComma, !allNumbers(first, separator, decimalComma));
    }

    /** What to tell the user about the reading, or null for a plain comma-separated file with a header. */
    String note() {
        if (equals(PLAIN)) {
            return null;
        }
        StringBuilder s = new StringBuilder("read as ");
        s.append(separator == ';' ? "semicolon-separated" : separator == '\t' ? "tab-separated" : "comma-separated");
        if (decimalComma) {
            s.append(" with decimal commas (1,5 read as 1.5)");
        }
        if (!header) {
            s.append(separator == ',' && !decimalComma ? "" : ";").append(" with no header row: the first row is data")
                    .append(" and the columns are named column 1, column 2, ...");
        }
        return s.toString();
    }

    /** The separator in words, for messages: "read as comma-separated". */
    String describedSeparator() {
        return "read as " + (separator == ';' ? "semicolon" : separator == '\t' ? "tab" : "comma") + "-separated";
    }

    /** {@code cell} as a plain number's text: a decimal comma made a point. */
    String numberText(String cell) {
        return decimalComma ? cell.replace(',', '.') : cell;
    }

    private static String firstLine(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : t.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line.replaceAll("\"[^\"]*\"", "\"\"");
            }
        }
        return "";
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** Whether a value such as 3,25 appears between separators in the first lines. */
    private static boolean containsDecimalComma(String text, char separator) {
        String[] lines = text.split("\r\n|\r|\n", 50);
        String sep = separator == '\t' ? "\t" : ";";
        for (String line : lines) {
            for (String cell : line.split(sep, -1)) {
                if (cell.strip().matches("[+-]?\\d+,\\d+")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allNumbers(String line, char separator, boolean decimalComma) {
        String[] cells = line.split(separator == '\t' ? "\t" : separator == ';' ? ";" : ",", -1);
        for (String cell : cells) {
            String c = cell.strip();
            if (decimalComma) {
                c = c.replace(',', '.');
            }
            if (!CsvTableLoader.NUMBER.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }
}
