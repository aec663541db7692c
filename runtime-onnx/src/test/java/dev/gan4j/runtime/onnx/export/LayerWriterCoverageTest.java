package dev.gan4j.runtime.onnx.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.nn.Layer;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public, concrete layer class of core's {@code dev.gan4j.core.nn} has a registered writer, so a
 * layer added to core without one fails here rather than at a user's export.
 */
class LayerWriterCoverageTest {
    @Test
    void everyConcreteCoreLayerHasAWriter() throws Exception {
        List<Class<?>> layers = coreLayerClasses();
        assertThat(layers).hasSizeGreaterThanOrEqualTo(19);
        List<Class<? extends Layer>> written = LayerWriters.discover().layerClasses();
        assertThat(written).containsAll(layers.stream().<Class<? extends Layer>>map(c -> c.asSubclass(Layer.class))
                .toList());
    }

    @Test
    void twoWritersForOneClassAreRefusedNamingBoth() {
        var writer = new dev.gan4j.runtime.onnx.export.writers.ReLUWriter();
        var again = new dev.gan4j.runtime.onnx.export.writers.ReLUWriter();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LayerWriters.of(List.of(writer, again)))
                .hasMessageContaining("Two ONNX writers are registered for the layer class dev.gan4j.core.nn.ReLU");
    }

    /** The public concrete classes implementing Layer in core's nn package, read from core's classes. */
    private static List<Class<?>> coreLayerClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Layer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            names.addAll(classNames(root.resolve("dev/gan4j/core/nn")));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                names.addAll(classNames(jar.getPath("/dev/gan4j/core/nn")));
            }
        }
        List<Class<?>> layers = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName("dev.gan4j.core.nn." + name);
            int modifiers = type.getModifiers();
            if (Layer.class.isAssignableFrom(type) && Modifier.isPublic(modifiers) && !Modifier.isAbstract(modifiers)
                    && !type.isInterface()) {
                layers.add(type);
            }
        }
        return layers;
    }

    private static List<String> classNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).toList();
        }
    }
}
