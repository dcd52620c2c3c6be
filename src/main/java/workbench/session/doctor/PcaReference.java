package workbench.session.doctor;

/**
 * The PCA baseline a run is held to: as many components as the code, and its reconstruction loss
 * on the test split in the run's own units (the line on the loss chart).
 */
public record PcaReference(int components, double testLoss) {
}
