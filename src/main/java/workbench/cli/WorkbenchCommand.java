package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import workbench.data.DatasetRegistry;
import workbench.engine.HeapAdvice;

/**
 * The headless command line: {@code train}, {@code evaluate}, {@code export}, {@code datasets},
 * {@code bench} and {@code completion}. Every failure a
 * user can cause ends in one line on stderr and exit code 2; a stack trace is printed only when
 * the environment variable WORKBENCH_DEBUG is set.
 */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Autoencoder Workbench, headless. Without arguments the jar opens the window instead.",
        subcommands = {CommandLine.HelpCommand.class})
public final class WorkbenchCommand {
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 70;

    private WorkbenchCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err, new DatasetRegistry());
    }

    static int run(String[] args, PrintStream out, PrintStream err, DatasetRegistry registry) {
        CommandLine cli = new CommandLine(new WorkbenchCommand());
        cli.addSubcommand("train", new TrainCommand(out, err, registry));
        cli.addSubcommand("evaluate", new EvaluateCommand(out, err, registry));
        cli.addSubcommand("export", new ExportCommand(out, err, registry));
        cli.addSubcommand("datasets", new DatasetsCommand(out, registry));
        cli.addSubcommand("bench", new BenchCommand(out, err, registry));
        // picocli's generator, under the name a shell user types: the script serves bash, and zsh through bashcompinit
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().name("completion").usageMessage().description(
                "Print a completion script for bash or zsh. Load it with:",
                "  source <(java -jar target/workbench.jar completion)",
                "(in zsh, after 'autoload -U +X bashcompinit && bashcompinit'). The script completes 'workbench';"
                        + " make that a command, e.g. alias workbench='java -jar /path/to/workbench.jar'.");
        cli.addSubcommand("completion", completion);
        GroupedOptions.forTrain().install(cli.getSubcommands().get("train"));
        // every command's -V says what the root's does
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new BuildVersion());
        }
        cli.setUsageHelpAutoWidth(true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + e.getMessage() + "." + suggestion(e) + " See '" + command + " --help'.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + describe(e));
            if (System.getenv("WORKBENCH_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return isUserError(e) ? EXIT_USAGE : EXIT_INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            long maxMb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("error: out of memory: this dataset and model need more than the " + maxMb
                    + " MB of heap Java was given. Run java with a larger -Xmx (for example " + largerHeap(maxMb)
                    + "), or use a smaller dataset or model.");
            return EXIT_INTERNAL;
        }
    }

    /** " Did you mean --layers?" for an option or command picocli finds close to a typo, else nothing. */
    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            List<String> close = u.getSuggestions();
            return " Did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size()))) + "?";
        }
        return "";
    }

    /** An -Xmx twice the heap given: what ran out is not known, only that this heap did not hold it. */
    static String largerHeap(long maxMb) {
        return HeapAdvice.xmxFor(2 * (maxMb << 20), maxMb << 20);
    }

    private static boolean isUserError(Exception e) {
        return e instanceof UsageException || e instanceof IOException || e instanceof IllegalArgumentException;
    }

    /** A user's words for what went wrong; file-system errors say which file and why. */
    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be written or read");
        }
        if (e instanceof UsageException || e instanceof IOException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "internal error (" + e + "). Please report it with the command you ran;"
                + " set WORKBENCH_DEBUG=1 to see the details.";
    }
}
