package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snapshot taken at the end of each epoch, for replaying a run. Past {@link #CAPACITY} epochs
 * only every second epoch is kept, then every fourth, and so on, so a long run keeps an even sample
 * of its whole history in bounded memory (a 128-value code of 2,000 test samples is 1 MB an
 * epoch); the first and the newest epoch are always kept. Written by the training thread and read
 * by the screen's, so every method locks.
 */
public final class EpochSnapshots {
    public static final int CAPACITY = 200;

    private final TreeMap<Integer, TrainingSnapshot> byEpoch = new TreeMap<>();
    /** Epochs kept are the multiples of this, besides the first and the newest. */
    private int stride = 1;

    synchronized void add(TrainingSnapshot snapshot) {
        if (!byEpoch.isEmpty()) {
            int previousNewest = byEpoch.lastKey();
            if (!keeps(previousNewest)) {
                byEpoch.remove(previousNewest);
            }
        }
        byEpoch.put(snapshot.epoch(), snapshot);
        while (byEpoch.size() > CAPACITY) {
            stride *= 2;
            int newest = byEpoch.lastKey();
            byEpoch.keySet().removeIf(epoch -> epoch != newest && !keeps(epoch));
        }
    }

    private boolean keeps(int epoch) {
        return epoch % stride == 0 || epoch == byEpoch.firstKey();
    }

    /** The epochs kept, ascending. */
    public synchronized List<Integer> epochs() {
        return new ArrayList<>(byEpoch.keySet());
    }

    /** The snapshot of this epoch, or of the nearest kept epoch before it; null before the first. */
    public synchronized TrainingSnapshot at(int epoch) {
        Map.Entry<Integer, TrainingSnapshot> e = byEpoch.floorEntry(epoch);
        return e == null ? null : e.getValue();
    }

    public synchronized int size() {
        return byEpoch.size();
    }

    /** The newest epoch kept, or 0 when none. */
    public synchronized int lastEpoch() {
        return byEpoch.isEmpty() ? 0 : byEpoch.lastKey();
    }
}
