package workbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The labels of a table's class column, gathered row by row as the file streams past: each row
 * keeps the index of its value among the distinct values seen, and only the distinct values are
 * kept as text. The classes are numbered in order of first appearance, or by value when every one
 * is an integer (so that classes 0..9 get labels 0..9, and "07" is class 7).
 */
final class ClassColumn {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    private final Map<String, Integer> distinct = new LinkedHashMap<>();
    private int[] rows = new int[1024];
    private int count;
    private boolean integers = true;

    /** Records the class of the next row: a non-empty value. */
    void add(String value) {
        Integer index = distinct.get(value);
        if (index == null) {
            index = distinct.size();
            distinct.put(value, index);
            integers &= INTEGER.matcher(value).matches();
        }
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, 2 * rows.length);
        }
        rows[count++] = index;
    }

    /** The classes' names, by label. */
    List<String> classNames() {
        if (!integers) {
            return new ArrayList<>(distinct.keySet());
        }
        List<String> names = new ArrayList<>();
        for (long value : byValue().keySet()) {
            names.add(Long.toString(value));
        }
        return names;
    }

    /** Each row's label, in row order. */
    int[] labels() {
        int[] labelOfDistinct = new int[distinct.size()];
        if (integers) {
            TreeMap<Long, Integer> order = byValue();
            for (Map.Entry<String, Integer> e : distinct.entrySet()) {
                labelOfDistinct[e.getValue()] = order.get(Long.parseLong(e.getKey()));
            }
        } else {
            for (int i = 0; i < labelOfDistinct.length; i++) {
                labelOfDistinct[i] = i;
            }
        }
        int[] labels = new int[count];
        for (int r = 0; r < count; r++) {
            labels[r] = labelOfDistinct[rows[r]];
        }
        return labels;
    }

    /** The integer classes in ascending order, each with its label. */
    private TreeMap<Long, Integer> byValue() {
        TreeMap<Long, Integer> order = new TreeMap<>();
        for (String value : distinct.keySet()) {
            order.put(Long.parseLong(value), 0);
        }
        int label = 0;
        for (Map.Entry<Long, Integer> e : order.entrySet()) {
            e.setValue(label++);
        }
        return order;
    }
}
