package workbench.cli;

/** The headless command line. */
public final class WorkbenchCommand {
    private WorkbenchCommand() {
    }

    public static int run(String[] args) {
        System.err.println("not yet");
        return 2;
    }
}
