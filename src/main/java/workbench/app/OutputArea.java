package workbench.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import workbench.app.viewmodel.WorkbenchViewModel;

/** The loss chart, the reconstructions and the latent space (views arrive in the next commit). */
public final class OutputArea extends StackPane {
    private final WorkbenchViewModel vm;

    OutputArea(WorkbenchViewModel vm) {
        this.vm = vm;
        getChildren().add(new Label("Training outputs"));
    }

    void exportLossPng(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportLossSvg(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportLossPdf(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportLatentPng(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportReconstructionsPng(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportCodesCsv(Path file) throws IOException {
        throw new IOException("not yet available");
    }

    void exportHistoryCsv(Path file) throws IOException {
        throw new IOException("not yet available " + vm);
    }
}
