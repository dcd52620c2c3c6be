package workbench.data;

import java.util.Locale;

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
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            long gb = Math.max(1, (2 * (rt.maxMemory() + bytes) + (1L << 30) - 1) >> 30);
            throw new DataFileException(String.format(Locale.ROOT, "%s would take about %,d MB to load, and Java has"
                    + " %,d MB of heap left of %,d MB: run java with a larger heap (for example -Xmx%dg), or use a"
                    + " smaller file", what, bytes >> 20, free >> 20, rt.maxMemory() >> 20, gb));
        }
    }
}
