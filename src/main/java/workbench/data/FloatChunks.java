package workbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Floats appended one by one into fixed-size chunks, for a loader that cannot know the count in
 * advance: growing one array by doubling would hold up to three times the values at its peak (the
 * old array, the new one and the final trimmed copy); chunks hold the values once, plus the final
 * array, at the end.
 */
final class FloatChunks {
    private static final int CHUNK = 1 << 20;

    private final List<float[]> full = new ArrayList<>();
    private float[] current = new float[CHUNK];
    private int used;

    void add(float value) {
        if (used == CHUNK) {
            full.add(current);
            current = new float[CHUNK];
            used = 0;
        }
        current[used++] = value;
    }

    long size() {
        return (long) full.size() * CHUNK + used;
    }

    /** Every value in order, in one array of exactly {@link #size()} floats. */
    float[] toArray() {
        float[] all = new float[Math.toIntExact(size())];
        int at = 0;
        for (float[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }
}
