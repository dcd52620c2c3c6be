package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the process {@code java -jar} shows stops the training (issue 13, finding 1): the
 * relaunched JVM ends itself once its parent is gone, SIGKILL included. The parent here is a
 * stand-in process killed with SIGKILL; the child is the program as the relauncher starts it.
 */
class ParentWatchTest {
    @TempDir
    Path dir;

    @Test
    void aRelaunchedRunEndsWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + ParentWatch.PARENT + "=" + parent.pid(), "-Dworkbench.relaunch=false", Launcher.class.getName(),
                "train", "--dataset", "digits-8x8", "--epochs", "100000", "--quiet",
                "--out", dir.resolve("run").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Thread.sleep(3_000); // training under way
            assertTrue(child.isAlive(), "the run trains while its parent lives");
            long killed = System.nanoTime();
            parent.destroyForcibly().waitFor();
            // a bound for a loaded machine, not a speed claim: the child looks every 200 ms
            boolean ended = child.waitFor(30, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "the relaunched run ended %.0f ms after its parent's SIGKILL%n",
                    (System.nanoTime() - killed) / 1e6);
            assertTrue(ended, "the orphan still trains");
            assertEquals(ParentWatch.GONE, child.exitValue());
            assertTrue(!new File(dir.resolve("run").toString()).exists(), "and wrote no run folder");
        } finally {
            parent.destroyForcibly();
            child.destroyForcibly();
        }
    }
}
