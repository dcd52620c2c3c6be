package workbench.engine;

/**
 * The one rule for the {@code -Xmx} a refusal or an out-of-memory message advises: whole gigabytes
 * (Java's {@code g}, 2^30 bytes) covering what is needed, and more than the heap already given, since
 * advice naming less than the program had is no advice (it once said -Xmx4g to a 6 GB heap).
 */
public final class HeapAdvice {
    public static final double GIB = 1 << 30;

    private HeapAdvice() {
    }

    /**
     * "-Xmx6g": a heap that would hold {@code neededBytes} (the program's own use included).
     *
     * @param givenBytes the heap this Java was given
     */
    public static String xmxFor(long neededBytes, long givenBytes) {
        long gb = (long) Math.ceil(Math.max(neededBytes, givenBytes + 1.0) / GIB);
        return "-Xmx" + Math.max(1, gb) + "g";
    }

    /** As {@link #xmxFor(long, long)}, for this Java's heap. */
    public static String xmxFor(long neededBytes) {
        return xmxFor(neededBytes, Runtime.getRuntime().maxMemory());
    }

    /** The heap in use now, for a caller adding what it is about to need. */
    public static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
