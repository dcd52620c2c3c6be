package workbench.session;

import java.util.Arrays;

/**
 * Every batch's loss with its position in fractional epochs, appended by the training thread and
 * read in chunks by a screen. Appends only touch a growing array under a lock held for a few
 * nanoseconds; the reader copies what is new since its last read.
 */
public final class BatchLossLog {
    private double[] positions = new double[1024];
    private double[] losses = new double[1024];
    private int size;

    /** A run of new points: positions (fractional epochs from 0) and losses, {@code count} long. */
    public record Chunk(double[] positions, double[] losses, int count, int nextIndex) {
    }

    synchronized void append(double position, double loss) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
        }
        positions[size] = position;
        losses[size] = loss;
        size++;
    }

    /** The points appended from {@code fromIndex} on. */
    public synchronized Chunk since(int fromIndex) {
        int count = Math.max(0, size - fromIndex);
        return new Chunk(Arrays.copyOfRange(positions, fromIndex, fromIndex + count),
                Arrays.copyOfRange(losses, fromIndex, fromIndex + count), count, size);
    }

    public synchronized int size() {
        return size;
    }
}
