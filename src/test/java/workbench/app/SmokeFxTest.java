package workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmokeFxTest {
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("hello");
        stage.setScene(new Scene(new StackPane(label), 200, 100));
        stage.show();
    }

    @Test
    void showsALabel() {
        assertTrue(label.getScene().getWindow().isShowing());
    }
}
