package workbench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What is wrong in a JSON file, in a user's words: the place (line, column and the field's path)
 * and what was found there, instead of the JSON library's message with its class names.
 */
public final class JsonProblem {
    private JsonProblem() {
    }

    /** "at line 2, column 13 (model.latentSzie): unknown field 'latentSzie'; the fields there are ..." */
    public static String describe(JsonProcessingException e) {
        String where = where(e);
        // callers write "... cannot be read " before it; a fault without a place (a file nested past the
        // reader's limit) is the file's as a whole
        return where.isEmpty() ? "as a whole: " + what(e, false) : where + ": " + what(e, true);
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String line = at == null || at.getLineNr() < 1 ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String path = e instanceof JsonMappingException m ? path(m) : "";
        if (path.isEmpty()) {
            return line;
        }
        return line.isEmpty() ? "at " + path : line + " (" + path + ")";
    }

    private static String path(JsonMappingException m) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String what(JsonProcessingException e, boolean placed) {
        if (e instanceof StreamConstraintsException) {
            return "it nests deeper or runs longer than a JSON reader accepts, which no file the workbench writes does";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; the fields there are " + names(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + kindOf(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return "the value is not " + kindOf(m.getTargetType());
        }
        if (e instanceof JsonMappingException) {
            return "a value the file's format does not allow there";
        }
        return "the JSON is malformed" + (placed ? " there" : "") + " (look for a missing comma, quote or bracket)";
    }

    private static String names(Collection<Object> known) {
        if (known == null) {
            return "none";
        }
        TreeSet<String> sorted = known.stream().map(Objects::toString).collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", sorted);
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "of the kind expected there";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in [ ]";
        }
        return "an object in { }";
    }
}
