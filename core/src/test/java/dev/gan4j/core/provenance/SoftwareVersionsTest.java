package dev.gan4j.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the versions of the software a run ran on. */
class SoftwareVersionsTest {
    @Test
    void reportsOnnxRuntimeAbsentWhenItIsNotOnTheClasspath() {
        assertThat(SoftwareVersions.onnxRuntimeVersion(SoftwareVersionsTest.class.getClassLoader()))
                .isEqualTo(SoftwareVersions.ABSENT);
        assertThat(SoftwareVersions.current().onnxRuntime()).isEqualTo(SoftwareVersions.ABSENT);
    }

    @Test
    void readsOnnxRuntimeVersionFromItsJarManifest(@TempDir Path dir) throws Exception {
        Path jar = fakeJar(dir.resolve("onnxruntime.jar"), "onnxruntime", "1.23.2");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SoftwareVersions.onnxRuntimeVersion(loader)).isEqualTo("1.23.2");
        }
    }

    @Test
    void readsTheGpuBuildsVersionToo(@TempDir Path dir) throws Exception {
        Path jar = fakeJar(dir.resolve("onnxruntime_gpu.jar"), "onnxruntime_gpu", "1.23.2");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SoftwareVersions.onnxRuntimeVersion(loader)).isEqualTo("1.23.2");
        }
    }

    @Test
    void saysVersionUnknownInsideAMergedJarWithAnotherManifest(@TempDir Path dir) throws Exception {
        Path jar = fakeJar(dir.resolve("gan4j-all.jar"), "gan4j-examples", "0.1.0");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SoftwareVersions.onnxRuntimeVersion(loader)).isEqualTo(SoftwareVersions.UNKNOWN);
        }
    }

    @Test
    void readsTheJavaAndOsPropertiesOfThisJvm() {
        SoftwareVersions current = SoftwareVersions.current();

        assertThat(current.javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(current.javaVendor()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(current.osName()).isEqualTo(System.getProperty("os.name"));
        assertThat(current.osArch()).isEqualTo(System.getProperty("os.arch"));
    }

    @Test
    void readsTheGan4jVersionMavenWroteIntoCore() {
        assertThat(SoftwareVersions.gan4jVersion()).matches("\\d+\\.\\d+\\.\\d+\\S*|" + SoftwareVersions.DEVELOPMENT);
    }

    private static Path fakeJar(Path path, String title, String version) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, title);
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        try (OutputStream file = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("ai/onnxruntime/OrtEnvironment.class"));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            jar.closeEntry();
        }
        return path;
    }
}
