package workbench;

import java.util.Optional;
import workbench.app.WorkbenchApp;
import workbench.cli.WorkbenchCommand;

/**
 * The one entry point. With command-line arguments it runs headless; without, it opens the window.
 * It is a plain class apart from the JavaFX {@code Application} so that the class path launch works
 * without a module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        ParentWatch.startIfRelaunched();
        Optional<Integer> relaunched = Relauncher.relaunchIfUseful(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (args.length > 0) {
            System.exit(WorkbenchCommand.run(args));
        }
        WorkbenchApp.launchApp(args);
    }
}
