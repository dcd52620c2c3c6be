package workbench.io.plot;

/**
 * A value a loss chart draws as a dashed horizontal line to measure the curves against, such as
 * the PCA baseline's loss at the same code size, with the words on the line ("PCA (32): 0.1187").
 *
 * @param label the line's text; blank for an unlabelled line
 * @param value where the line is drawn, in the chart's units; not finite for no line at all
 */
public record LossReference(String label, double value) {

    public LossReference {
        label = label == null ? "" : label.strip();
    }

    /** True when the line can be drawn: a finite value, and above 0 on a log axis. */
    public boolean drawable(boolean logScale) {
        return Double.isFinite(value) && (!logScale || value > 0);
    }

    /** What the crossing's label calls the reference: its label's first phrase ("PCA (32)" of "PCA (32): 0.1"). */
    public String name() {
        String name = label.split("[,:]", 2)[0].strip();
        return name.isEmpty() ? "the reference" : name;
    }

    /** The label of the line at the first epoch below the reference: "beats PCA (32) at epoch 7". */
    public String crossingLabel(int epoch) {
        return "beats " + name() + " at epoch " + epoch;
    }
}
