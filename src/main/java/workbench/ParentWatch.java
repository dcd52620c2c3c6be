package workbench;

import java.util.Optional;

/**
 * Ends a relaunched program when the process that started it is gone. {@code java -jar} starts a
 * second JVM (see {@link Relauncher}); killing the one the shell shows, even with SIGKILL, which
 * no Java code can catch, used to leave the second training and writing (one orphan replaced a
 * later run's folder 7 s after that run had exited). The second JVM is told its parent's process
 * id and looks for it every {@value #POLL_MILLIS} ms.
 */
final class ParentWatch {
    /** The system property that names the parent's process id. */
    static final String PARENT = "workbench.parent";
    /** How often the parent is looked for: a kill stops the training within about this long. */
    static final long POLL_MILLIS = 200;
    /** The exit code when the parent is gone: 128 + SIGTERM's 15, as if the kill had come here. */
    static final int GONE = 143;

    private ParentWatch() {
    }

    /** Starts watching when this JVM was started by a {@link Relauncher}; does nothing otherwise. */
    static void startIfRelaunched() {
        String pid = System.getProperty(PARENT);
        if (pid == null) {
            return;
        }
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // halt, not exit: a shutdown hook must not keep an orphan alive, and nobody reads its output now
            Runtime.getRuntime().halt(GONE);
        }, "parent watch");
        watch.setDaemon(true);
        watch.start();
    }
}
