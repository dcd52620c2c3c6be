package workbench.engine;

import java.util.List;

/** Keeps one bad batch from throwing the weights far away: by global norm, by value, or both. */
final class GradientClipping {
    private GradientClipping() {
    }

    static void apply(List<Parameter> parameters, double maxNorm, double maxValue) {
        if (maxValue > 0) {
            float limit = (float) maxValue;
            for (Parameter p : parameters) {
                float[] g = p.gradient().data;
                for (int j = 0, n = p.size(); j < n; j++) {
                    g[j] = Math.max(-limit, Math.min(limit, g[j]));
                }
            }
        }
        if (maxNorm > 0) {
            double norm = Math.sqrt(squaredNorm(parameters));
            if (norm > maxNorm) {
                float scale = (float) (maxNorm / (norm + 1e-6));
                for (Parameter p : parameters) {
                    float[] g = p.gradient().data;
                    for (int j = 0, n = p.size(); j < n; j++) {
                        g[j] *= scale;
                    }
                }
            }
        }
    }

    static double squaredNorm(List<Parameter> parameters) {
        double sum = 0;
        for (Parameter p : parameters) {
            float[] g = p.gradient().data;
            for (int j = 0, n = p.size(); j < n; j++) {
                sum += (double) g[j] * g[j];
            }
        }
        return sum;
    }
}
