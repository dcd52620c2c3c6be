package workbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import workbench.engine.Gemm;
import workbench.engine.VectorGemm;

/**
 * What {@code -V} prints: the version the build wrote into {@code workbench/build.properties} (so
 * it cannot drift from the pom's), the Java running it and the matrix kernel in use, which is what
 * a bug report needs to know.
 */
final class BuildVersion implements IVersionProvider {
    static final String RESOURCE = "/workbench/build.properties";

    /** The pom's version, or "unknown" when the build's facts are missing (classes not built by Maven). */
    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return List.of("Autoencoder Workbench " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")",
                "products: " + VectorGemm.describe(Gemm.standard()) + (ModuleLayer.boot().findModule(
                        "jdk.incubator.vector").isPresent() ? "" : " in this JVM; from the jar, the commands that"
                        + " compute start a second one with the Vector API")).toArray(String[]::new);
    }
}
