package workbench.engine;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import com.sun.management.ThreadMXBean;
import org.ejml.data.FMatrixRMaj;

/**
 * Bytes a training batch allocates once the model is built and the code compiled, counted by the
 * JVM per thread (a count of bytes, not a clock): the training thread's, plus the product
 * kernel's worker thread's, which computes half of the larger products.
 *
 * <p>Ten extra epochs are measured as the difference between a run of eleven and a run of one, so
 * building the model does not count. Until the JIT has compiled them, Vector API operations
 * allocate an object per vector, megabytes a batch that compiled code never allocates; the JIT
 * compiles in the background, so on a busy machine it may finish later. The measurement is
 * therefore repeated, after a warm-up, and the least is kept: a real allocation per batch shows in
 * every round, while the interpreter's only ever shrinks.
 *
 * <p>Which code the JIT compiles for the Vector API loops (BCE, ReLU's gradient) depends on what the
 * JVM ran before: in a fresh JVM whose first training is the small convolutional model,
 * {@code VectorBce.whole} stays partly uncompiled and boxes vectors, some 73 KB a batch, round after
 * round, while after a dense model it allocates nothing. So that each test's answer does not depend
 * on the tests run before it, every measurement comes after the same first warm-up, a dense model
 * on the production kernel, once per JVM.
 */
final class BatchAllocation {
    /** The first warm-up's length; each model's own warm-up is half of it. */
    private static final int WARM_UP_EPOCHS = 40;
    private static final int ROUNDS = 8;

    private BatchAllocation() {
    }

    /** The least bytes per batch over up to {@value #ROUNDS} rounds; stops at the first under {@code enough}. */
    static double bytesPerExtraBatch(ModelSpec spec, FMatrixRMaj data, int batch, Gemm gemm, double enough) {
        ThreadMXBean bean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        FirstWarmUp.done();
        train(spec, gemm, data, batch, WARM_UP_EPOCHS / 2);
        long[] threads = measuredThreads();
        double batchesPerEpoch = Math.ceil(data.numRows / (double) batch);
        double least = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ROUNDS && !(least < enough); round++) {
            long before = allocated(bean, threads);
            train(spec, gemm, data, batch, 1);
            long one = allocated(bean, threads) - before;
            before = allocated(bean, threads);
            train(spec, gemm, data, batch, 11);
            long eleven = allocated(bean, threads) - before;
            least = Math.min(least, (eleven - one) / (10 * batchesPerEpoch));
        }
        return least;
    }

    /** A dense 784-64-[16] autoencoder with BCE, as the first thing every measurement's JVM trains. */
    static ModelSpec denseModel() {
        return new ModelSpec(Shape.flat(784), List.of(LayerSpec.dense(64, ActivationFunction.RELU)), 16,
                ActivationFunction.RELU, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 1);
    }

    /** Runs once, the first time a measurement asks (class initialisation is once per JVM). */
    private static final class FirstWarmUp {
        static {
            train(denseModel(), Gemm.standard(), GradientCheck.uniform(1024, 784, 1, 0, 1), 256, WARM_UP_EPOCHS);
        }

        static void done() {
        }
    }

    private static void train(ModelSpec spec, Gemm gemm, FMatrixRMaj data, int batch, int epochs) {
        new Trainer(new Autoencoder(spec, gemm),
                TrainingSpec.defaults(epochs, 1).withValidationFraction(0).withBatchSize(batch), data, null).run();
    }

    /** This thread and every product worker alive after the warm-up (a worker starts at its first split). */
    private static long[] measuredThreads() {
        List<Long> ids = new ArrayList<>(List.of(Thread.currentThread().getId()));
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("VectorGemm-worker")) {
                ids.add(t.getId());
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long allocated(ThreadMXBean bean, long[] threads) {
        long sum = 0;
        for (long bytes : bean.getThreadAllocatedBytes(threads)) {
            sum += Math.max(0, bytes); // -1 for a thread that has ended
        }
        return sum;
    }
}
