package workbench.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The product kernels' benchmarks ({@link GemmBench}, {@link ConvBench}) for
 * {@code mvn test -Pbenchmarks}, so that one command prints every measurement. They print figures
 * and judge none of them (so these two assert nothing): the speed of a shared machine is not a
 * property of the code, and each kernel's results are held to a reference in its own tests.
 */
@Tag("benchmark")
class KernelBenchmarkTest {

    @Test
    void printsTheGflopsOfEachKernelOnTheDenseLayerProducts() {
        GemmBench.main(new String[0]);
    }

    @Test
    void printsTheMillisecondsOfEachConvolutionPassOnEachKernel() {
        ConvBench.main(new String[0]);
    }
}
