package workbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import workbench.data.BundledDatasets;

/**
 * Makes {@code java -jar workbench.jar ...} train at full speed. The fast matrix kernel needs the
 * JVM flag {@code --add-modules jdk.incubator.vector}, which a jar's manifest cannot give; so when
 * the module is missing and the program runs from a jar, it starts itself again, once, with the
 * flag and the same arguments, and passes the child's exit code on. Killing this process stops the
 * child too: a SIGTERM or Ctrl-C is passed on, and the child ends itself when this process is gone
 * ({@link ParentWatch}), which covers SIGKILL. Set the system property
 * {@code workbench.relaunch=false} (or run with the flag yourself) to skip it.
 */
final class Relauncher {
    static final String MODULE = "jdk.incubator.vector";
    private static final String MARKER = "workbench.relaunched";
    /** The commands that compute nothing with a model. */
    private static final Set<String> NO_KERNEL = Set.of("datasets", "help", "completion");

    private Relauncher() {
    }

    /**
     * Whether {@code args} ask for work the matrix kernel does: training, a benchmark, or a model's
     * outputs (evaluate, export). Help, the version, the dataset list and completion scripts do none,
     * so they start one JVM only (0.5-0.8 s instead of 1.1-1.5 s).
     */
    static boolean needsKernel(String[] args) {
        if (args.length == 0) {
            return true; // the window, which trains
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return false;
            }
        }
        return !NO_KERNEL.contains(args[0]);
    }

    /** The child's exit code when it relaunched, or empty to go on in this JVM. */
    static Optional<Integer> relaunchIfUseful(String[] args) {
        if (!needsKernel(args) || ModuleLayer.boot().findModule(MODULE).isPresent()
                || "false".equals(System.getProperty("workbench.relaunch"))
                || System.getProperty(MARKER) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        // the runtime's own java, not the process's command: in an app image that is the native
        // launcher, which would take the JVM flags for the program's arguments
        Optional<String> java = javaOfThisRuntime();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-D" + MARKER + "=true");
        command.add("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        ClassDataArchive archive = args.length == 0 ? windowArchive(jar.get()) : null;
        if (archive != null) {
            command.addAll(archive.flags());
        }
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            // a SIGTERM or Ctrl-C here is passed on, and waited for; a SIGKILL the child notices (ParentWatch)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop the relaunched program"));
            Thread errors = new Thread(() -> copyErrors(child), "stderr");
            errors.start();
            int code = child.waitFor();
            errors.join();
            if (archive != null) {
                archive.ended(code);
            }
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // go on without the fast kernel rather than fail
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** Asks the child to end as this process is asked to, and waits a little for it. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            // as long as the child gives itself to write its run folder after a signal (TrainCommand)
            if (!child.waitFor(65, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * Passes the child's stderr on line by line, less the JVM's notice that an incubator module is
     * in use: the user asked for none of it, and a one-line error should stay one line.
     */
    private static void copyErrors(Process child) {
        try (var reader = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                Charset.defaultCharset()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.equals("WARNING: Using incubator modules: " + MODULE)) {
                    System.err.println(line);
                }
            }
        } catch (IOException e) {
            // the child is gone; nothing more to pass on
        }
    }

    /** The window's class archive, or null when the cache cannot be had (the start is then only slower). */
    private static ClassDataArchive windowArchive(Path jar) {
        try {
            return ClassDataArchive.plan(jar, BundledDatasets.cacheRoot());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<String> javaOfThisRuntime() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        for (String name : new String[] {"java", "java.exe"}) {
            if (Files.isExecutable(bin.resolve(name))) {
                return Optional.of(bin.resolve(name).toString());
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Relauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
