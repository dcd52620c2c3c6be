package workbench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a {@code .npy} file: a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}. Parsed with a tiny literal
 * reader rather than regular expressions, so key order, spacing and quoting style do not matter.
 */
record NpyHeader(String descr, boolean fortranOrder, int[] shape) {

    /** numpy keeps room for the first axis to grow to this many digits, so the header is rewritable in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final int ARRAY_ALIGN = 64;
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /**
     * The full preamble (magic, version 1.0, length, dict) for a C-order '<f4' array, byte for byte
     * what {@code numpy.save} writes, so files round-trip through tools that compare bytes.
     */
    static byte[] formatVersion1(int[] shape) {
        return formatVersion1(NpyDtype.FLOAT32_LE.descr(), shape);
    }

    /** As {@link #formatVersion1(int[])}, for values of the dtype {@code descr} ('<i4' for int32). */
    static byte[] formatVersion1(String descr, int[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr).append("', 'fortran_order': False, 'shape': ")
                .append(NpyArray.shapeString(shape)).append(", }");
        if (shape.length > 0) {
            dict.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length())));
        }
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        int prefix = MAGIC.length + 2 + 2;
        int hlen = text.length + 1; // + '\n'
        // Like numpy, a header already aligned still gets a full ARRAY_ALIGN of padding.
        int pad = ARRAY_ALIGN - ((prefix + hlen) % ARRAY_ALIGN);
        int headerLen = hlen + pad;
        if (headerLen > 0xFFFF) {
            throw new IllegalArgumentException("array has too many dimensions for a .npy 1.0 header");
        }
        byte[] out = new byte[prefix + headerLen];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (headerLen & 0xFF);
        out[9] = (byte) (headerLen >>> 8);
        System.arraycopy(text, 0, out, prefix, text.length);
        for (int i = prefix + text.length; i < out.length - 1; i++) {
            out[i] = ' ';
        }
        out[out.length - 1] = '\n';
        return out;
    }

    static NpyHeader parse(String text) throws IOException {
        Object value;
        try {
            LiteralReader reader = new LiteralReader(text);
            value = reader.value();
            reader.skipSpace();
            if (!reader.atEnd()) {
                throw reader.error("unexpected text after the dict");
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("the .npy header could not be read (" + e.getMessage() + "): "
                    + abbreviate(text) + ". Expected a dict like {'descr': '<f4', 'fortran_order': False,"
                    + " 'shape': (3, 4), }; the file may be damaged or not written by numpy");
        }
        if (!(value instanceof Map<?, ?> dict)) {
            throw new IOException("the .npy header is not a dict: " + abbreviate(text));
        }
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shape = dict.get("shape");
        if (descr instanceof List<?>) {
            throw new IOException("the .npy file holds a structured (record) array with fields " + descr
                    + "; only plain numeric arrays are supported. Save one numeric field at a time");
        }
        if (!(descr instanceof String d) || !(fortran instanceof Boolean f) || !(shape instanceof List<?> s)) {
            throw new IOException("the .npy header lacks 'descr', 'fortran_order' or 'shape': "
                    + abbreviate(text));
        }
        int[] dims = new int[s.size()];
        for (int i = 0; i < dims.length; i++) {
            if (!(s.get(i) instanceof Long dim) || dim < 0 || dim > Integer.MAX_VALUE) {
                throw new IOException("the .npy shape " + shape + " is not a tuple of non-negative"
                        + " integers that fit in 32 bits");
            }
            dims[i] = (int) (long) dim;
        }
        return new NpyHeader(d, f, dims);
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }

    /** Reads the subset of Python literals that numpy writes into headers. */
    private static final class LiteralReader {
        private final String s;
        private int pos;

        LiteralReader(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + pos);
        }

        Object value() {
            skipSpace();
            if (atEnd()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                return dict();
            } else if (c == '(' || c == '[') {
                return sequence(c == '(' ? ')' : ']');
            } else if (c == '\'' || c == '"') {
                return string();
            } else if (c == '-' || Character.isDigit(c)) {
                return integer();
            } else if (s.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            } else if (s.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("unexpected '" + c + "'");
        }

        private Map<String, Object> dict() {
            Map<String, Object> out = new HashMap<>();
            pos++; // {
            while (true) {
                skipSpace();
                if (!atEnd() && s.charAt(pos) == '}') {
                    pos++;
                    return out;
                }
                Object key = value();
                if (!(key instanceof String k)) {
                    throw error("dict key is not a string");
                }
                expect(':');
                out.put(k, value());
                if (!separator('}')) {
                    return out;
                }
            }
        }

        private List<Object> sequence(char close) {
            List<Object> out = new ArrayList<>();
            pos++;
            while (true) {
                skipSpace();
                if (!atEnd() && s.charAt(pos) == close) {
                    pos++;
                    return out;
                }
                out.add(value());
                if (!separator(close)) {
                    return out;
                }
            }
        }

        /** After an item: true when a comma follows (more may come), false after the closing bracket. */
        private boolean separator(char close) {
            skipSpace();
            if (atEnd()) {
                throw error("missing '" + close + "'");
            }
            char c = s.charAt(pos++);
            if (c == ',') {
                return true;
            }
            if (c == close) {
                return false;
            }
            throw error("expected ',' or '" + close + "' but found '" + c + "'");
        }

        private void expect(char c) {
            skipSpace();
            if (atEnd() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private String string() {
            char quote = s.charAt(pos++);
            int end = s.indexOf(quote, pos);
            if (end < 0) {
                throw error("unterminated string");
            }
            String out = s.substring(pos, end);
            pos = end + 1;
            return out;
        }

        private Long integer() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
                pos++; // Python 2 long suffix, seen in old files
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw error("bad integer '" + digits + "'");
            }
        }
    }
}
