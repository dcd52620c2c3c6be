package workbench.app.latent;

import java.util.List;
import java.util.Random;

/** Test data: Gaussian blobs on a circle, one per class, like the codes of a trained autoencoder. */
record Blobs(float[] x, float[] y, int[] labels) {

    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    static Blobs of(int n, int classes, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n];
        float[] y = new float[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double angle = 2 * Math.PI * c / classes;
            double spread = 0.35 + 0.25 * (c % 3);
            x[i] = (float) (3 * Math.cos(angle) + spread * random.nextGaussian());
            y[i] = (float) (2 * Math.sin(angle) + spread * random.nextGaussian());
            labels[i] = c;
        }
        return new Blobs(x, y, labels);
    }
}
