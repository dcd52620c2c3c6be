package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The advised -Xmx holds what is needed and is always more than the heap given (issue 13, finding 5). */
class HeapAdviceTest {
    private static final long MB = 1 << 20;

    @Test
    void theAdviceCoversTheNeedInWholeGigabytes() {
        assertEquals("-Xmx6g", HeapAdvice.xmxFor(5607 * MB, 1024 * MB));
        assertEquals("-Xmx2g", HeapAdvice.xmxFor(1025 * MB, 512 * MB));
        assertEquals("-Xmx1g", HeapAdvice.xmxFor(10 * MB, 256 * MB));
    }

    @Test
    void theAdviceIsNeverTheHeapAlreadyGivenOrLess() {
        // the out-of-memory line once advised -Xmx4g to a program that had 6028 MB
        assertEquals("-Xmx6g", HeapAdvice.xmxFor(100 * MB, 6028 * MB));
        assertEquals("-Xmx2g", HeapAdvice.xmxFor(1024 * MB, 1024 * MB));
    }
}
