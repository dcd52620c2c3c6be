package workbench.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The classes an anomaly detector is trained on; every other class is an anomaly. The model sees
 * only normal samples in training, so whatever it rebuilds badly later is unlike them.
 *
 * @param classes class indices, sorted; at least one
 */
public record NormalClasses(SortedSet<Integer> classes) {

    public NormalClasses {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("choose at least one normal class to train on");
        }
        for (int c : classes) {
            if (c < 0) {
                throw new IllegalArgumentException("class index " + c + " is negative; classes count from 0");
            }
        }
        classes = Collections.unmodifiableSortedSet(new TreeSet<>(classes));
    }

    public static NormalClasses of(int... classes) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int c : classes) {
            set.add(c);
        }
        return new NormalClasses(set);
    }

    public static NormalClasses of(Collection<Integer> classes) {
        return new NormalClasses(new TreeSet<>(classes));
    }

    /** The classes with these names, as the dataset spells them ("benign"). */
    public static NormalClasses named(List<String> classNames, String... names) {
        TreeSet<Integer> set = new TreeSet<>();
        for (String name : names) {
            int index = classNames.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no class named '" + name + "'; the classes are " + classNames);
            }
            set.add(index);
        }
        return new NormalClasses(set);
    }

    /** False for an unlabelled sample (a negative label). */
    public boolean isNormal(int label) {
        return label >= 0 && classes.contains(label);
    }

    /** The rows whose label is a normal class, in order: the rows to train on. */
    public int[] rows(int[] labels) {
        return IntStream.range(0, labels.length).filter(i -> isNormal(labels[i])).toArray();
    }

    /** The normal classes' names joined with commas, for captions; an index past the names shows as itself. */
    public String describe(List<String> classNames) {
        List<String> parts = new ArrayList<>();
        for (int c : classes) {
            parts.add(c < classNames.size() ? classNames.get(c) : "class " + c);
        }
        return String.join(", ", parts);
    }

    /** The other classes' names, the anomalies, joined with commas. */
    public String describeOthers(List<String> classNames) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            if (!classes.contains(c)) {
                parts.add(classNames.get(c));
            }
        }
        return String.join(", ", parts);
    }
}
