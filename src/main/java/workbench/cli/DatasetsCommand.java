package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import workbench.data.DatasetInfo;
import workbench.data.DatasetRegistry;

/** {@code datasets}: what can be named with --dataset. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the datasets --dataset accepts by name (a path to an IDX folder, CSV file or image folder works too).")
final class DatasetsCommand implements Callable<Integer> {
    private final PrintStream out;
    private final DatasetRegistry registry;

    DatasetsCommand(PrintStream out, DatasetRegistry registry) {
        this.out = out;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        out.printf("%-20s %-10s %8s  %-9s %7s  %s%n", "name", "source", "samples", "shape", "classes", "description");
        for (DatasetInfo info : registry.list()) {
            out.printf("%-20s %-10s %8d  %-9s %7d  %s%n", info.name(), info.source(), info.samples(), info.shape(),
                    info.classCount(), info.description());
        }
        return 0;
    }
}
