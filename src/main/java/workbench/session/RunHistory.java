package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every run of the session, oldest first, numbered as they come. A model trained on (Train pressed
 * again on the same network) keeps its one record, which grows: its history already holds the
 * earlier epochs, so a second record would draw the same curve again and count one model twice.
 *
 * <p>Not thread-safe: the window uses it from its UI thread only.
 */
public final class RunHistory {
    public static final int DEFAULT_CAPACITY = 50;

    private final int capacity;
    private final List<RunRecord> records = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int nextNumber = 1;

    public RunHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most records kept; the oldest go first */
    public RunHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a run history keeps at least one run, not " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Adds a run, or updates the record of the run it continues. A run with no epochs, or a
     * continuation that added none, changes nothing.
     *
     * @param draft the run's record; its number is ignored
     * @return the record as kept, or null when nothing was recorded
     */
    public RunRecord add(RunRecord draft) {
        for (int i = records.size() - 1; i >= 0; i--) {
            RunRecord earlier = records.get(i);
            if (earlier.continuedBy(draft.epochs())) {
                if (draft.epochCount() == earlier.epochCount()) {
                    return null;
                }
                RunRecord grown = draft.numbered(earlier.number(), earlier.continuations() + 1);
                records.set(i, grown);
                changed();
                return grown;
            }
        }
        if (draft.epochs().isEmpty()) {
            return null;
        }
        RunRecord fresh = draft.numbered(nextNumber++, 0);
        records.add(fresh);
        while (records.size() > capacity) {
            records.remove(0);
        }
        changed();
        return fresh;
    }

    /** Forgets run {@code number}; false when there is none. Numbers are never given out again. */
    public boolean remove(int number) {
        boolean removed = records.removeIf(r -> r.number() == number);
        if (removed) {
            changed();
        }
        return removed;
    }

    /** The run numbered {@code number}, or null. */
    public RunRecord find(int number) {
        for (RunRecord r : records) {
            if (r.number() == number) {
                return r;
            }
        }
        return null;
    }

    /** The records, oldest first; a copy. */
    public List<RunRecord> records() {
        return List.copyOf(records);
    }

    public int size() {
        return records.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Called after every change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
