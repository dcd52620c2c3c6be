package workbench.data;

import java.util.Locale;
import workbench.engine.HeapAdvice;

/**
 * Refuses to load what cannot fit the heap, before a byte of it is allocated: a message in words
 * with the estimate, the heap and the -Xmx that would do, instead of an out-of-memory error halfway
 * through a file (a 1.5 MB .gz could announce gigabytes).
 */
public final class HeapBudget {
    private HeapBudget() {
    }

    /**
     * @param bytes what loading will hold at once, estimated from the file's header
     * @param what  the file and what it holds, for the message
     * @throws DataFileException when {@code bytes} is more than the heap can still give
     */
    public static void require(long bytes, String what) throws DataFileException {
        long max = Runtime.getRuntime().maxMemory();
        long free = max - HeapAdvice.used();
        if (bytes > free) {
            throw new DataFileException(String.format(Locale.ROOT, "%s would take about %,d MB to load, and Java has"
                    + " %,d MB of heap left of %,d MB: run java with a larger heap (for example %s), or use a"
                    + " smaller file", what, bytes >> 20, free >> 20, max >> 20,
                    HeapAdvice.xmxFor(HeapAdvice.used() + bytes)));
        }
    }
}
