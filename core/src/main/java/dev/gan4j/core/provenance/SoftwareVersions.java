package dev.gan4j.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Objects;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The software a run ran on, for its provenance: results can differ between Java versions and
 * platforms (Math and StrictMath differ on some), and between ONNX Runtime versions.
 *
 * @param gan4j       the gan4j version, or {@value #DEVELOPMENT} when core was not built by Maven
 * @param javaVersion {@code java.version}
 * @param javaVendor  {@code java.vendor}
 * @param osName      {@code os.name}
 * @param osArch      {@code os.arch}
 * @param onnxRuntime the ONNX Runtime version on the classpath, {@value #ABSENT} when there is none,
 *                    or {@value #UNKNOWN} when it is there but its jar does not say its version
 */
public record SoftwareVersions(String gan4j, String javaVersion, String javaVendor, String osName, String osArch,
                               String onnxRuntime) {
    /** The ONNX Runtime version when ONNX Runtime is not on the classpath. */
    public static final String ABSENT = "absent";
    /** The ONNX Runtime version when it is on the classpath without a version in its manifest (a merged jar). */
    public static final String UNKNOWN = "present, version unknown";
    /** The gan4j version of a build whose version file was not filled in by Maven. */
    public static final String DEVELOPMENT = "development build";

    private static final String VERSION_FILE = "gan4j-version.properties";
    private static final String ORT_CLASS = "ai/onnxruntime/OrtEnvironment.class";

    /** Checks every part is there. */
    public SoftwareVersions {
        Objects.requireNonNull(gan4j, "gan4j");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javaVendor, "javaVendor");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(osArch, "osArch");
        Objects.requireNonNull(onnxRuntime, "onnxRuntime");
    }

    /** The versions of this JVM, with ONNX Runtime looked for by the class loader that loaded core. */
    public static SoftwareVersions current() {
        return new SoftwareVersions(gan4jVersion(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                onnxRuntimeVersion(SoftwareVersions.class.getClassLoader()));
    }

    /** The gan4j version Maven wrote into core's resources, or {@value #DEVELOPMENT}. */
    public static String gan4jVersion() {
        try (InputStream in = SoftwareVersions.class.getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                return DEVELOPMENT;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.contains("${") ? DEVELOPMENT : version;
        } catch (IOException e) {
            return DEVELOPMENT;
        }
    }

    /**
     * The version of the ONNX Runtime jar that {@code loader} sees, read from that jar's manifest
     * without loading any of its classes (so its native library is not touched); core does not
     * depend on ONNX Runtime.
     *
     * @return the version, {@value #ABSENT}, or {@value #UNKNOWN}
     */
    public static String onnxRuntimeVersion(ClassLoader loader) {
        URL classFile = loader == null ? ClassLoader.getSystemResource(ORT_CLASS) : loader.getResource(ORT_CLASS);
        if (classFile == null) {
            return ABSENT;
        }
        try {
            URLConnection connection = classFile.openConnection();
            connection.setUseCaches(false);
            if (connection instanceof JarURLConnection jar) {
                Manifest manifest = jar.getManifest();
                if (manifest != null) {
                    Attributes main = manifest.getMainAttributes();
                    String title = main.getValue(Attributes.Name.IMPLEMENTATION_TITLE);
                    String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                    // A merged (shaded) jar carries its own manifest, whose version is not ONNX Runtime's.
                    if (title != null && title.startsWith("onnxruntime") && version != null) {
                        return version;
                    }
                }
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
