package workbench.data;

/** A dataset's training and test parts. The validation split is carved from {@code train} later. */
public record DataSplit(Dataset train, Dataset test) {
}
