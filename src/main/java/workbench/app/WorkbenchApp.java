package workbench.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop window. For now a placeholder: the workbench window is its own issue. */
public final class WorkbenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("Autoencoder Workbench\n\nThe window is being built. Meanwhile the command line trains:\n"
                + "java -jar target/workbench.jar train --help");
        stage.setTitle("Autoencoder Workbench");
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        stage.show();
    }
}
