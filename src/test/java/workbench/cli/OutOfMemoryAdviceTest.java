package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The out-of-memory advice names more heap than the program had (issue 13, finding 5): with 6,028
 * MB it said "for example -Xmx4g", less than it had.
 */
class OutOfMemoryAdviceTest {

    @Test
    void theAdviceIsTwiceTheHeapInUseInWholeGigabytes() {
        assertEquals("-Xmx12g", WorkbenchCommand.largerHeap(6028));
        assertEquals("-Xmx1g", WorkbenchCommand.largerHeap(256));
        assertEquals("-Xmx2g", WorkbenchCommand.largerHeap(1024));
    }
}
