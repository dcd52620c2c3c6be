package workbench.app.pca;

import workbench.session.PcaBaseline;

/**
 * A run's PCA baseline, ready to show.
 *
 * @param testLoss what the loss chart's reference line is drawn at: the baseline's loss on the test
 *                 split, in the run's units
 * @param seconds  how long fitting and scoring took, for the status line
 */
record FittedBaseline(PcaBaseline baseline, double testLoss, double seconds) {
}
