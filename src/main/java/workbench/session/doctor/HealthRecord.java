package workbench.session.doctor;

import java.util.List;

/**
 * Every layer's health at one epoch's end, in the order a sample meets the layers.
 *
 * @param epoch counted from 1 over the model's whole history
 */
public record HealthRecord(int epoch, List<LayerHealth> layers) {
    public HealthRecord {
        layers = List.copyOf(layers);
    }
}
