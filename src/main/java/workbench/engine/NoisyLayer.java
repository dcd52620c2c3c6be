package workbench.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A layer that draws random numbers while training. The trainer hands each one a generator seeded
 * from the training seed, so that a run repeats exactly.
 */
public interface NoisyLayer {
    void setRandom(RandomGenerator rng);
}
