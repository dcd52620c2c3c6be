package workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only what computes with a model pays for a second JVM (issue 16: --help and datasets took 1.1-1.5 s). */
class RelaunchChoiceTest {
    @Test
    void trainingEvaluatingExportingAndTheWindowRelaunch() {
        assertTrue(Relauncher.needsKernel(new String[0]));
        assertTrue(Relauncher.needsKernel(new String[] {"train", "--epochs", "1"}));
        assertTrue(Relauncher.needsKernel(new String[] {"bench"}));
        assertTrue(Relauncher.needsKernel(new String[] {"evaluate", "--model", "m.npz"}));
        assertTrue(Relauncher.needsKernel(new String[] {"export", "--format", "projector"}));
    }

    @Test
    void helpVersionDatasetsAndCompletionDoNot() {
        assertFalse(Relauncher.needsKernel(new String[] {"--help"}));
        assertFalse(Relauncher.needsKernel(new String[] {"train", "--help"}));
        assertFalse(Relauncher.needsKernel(new String[] {"-V"}));
        assertFalse(Relauncher.needsKernel(new String[] {"datasets"}));
        assertFalse(Relauncher.needsKernel(new String[] {"help", "train"}));
        assertFalse(Relauncher.needsKernel(new String[] {"completion", "bash"}));
    }
}
