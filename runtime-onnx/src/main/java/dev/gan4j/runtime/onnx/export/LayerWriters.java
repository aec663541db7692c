package dev.gan4j.runtime.onnx.export;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.UnsupportedLayerException;
import dev.gan4j.core.nn.Layer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link LayerWriter}s by the exact layer class they write. {@link #discover(ClassLoader)}
 * finds them with {@link ServiceLoader}, so a plugin's writer is found like ours; two writers for
 * one class are refused with both class names.
 */
public final class LayerWriters {
    private final Map<Class<? extends Layer>, LayerWriter> byClass;

    private LayerWriters(Map<Class<? extends Layer>, LayerWriter> byClass) {
        this.byClass = Map.copyOf(byClass);
    }

    /** The writers registered under {@code META-INF/services/dev.gan4j.core.export.LayerWriter} that {@code loader} sees. */
    public static LayerWriters discover(ClassLoader loader) {
        return of(ServiceLoader.load(LayerWriter.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** The writers that the class loader of this class sees. */
    public static LayerWriters discover() {
        return discover(LayerWriters.class.getClassLoader());
    }

    /**
     * Exactly the given writers.
     *
     * @throws IllegalStateException naming both writers when two write the same layer class
     */
    public static LayerWriters of(Collection<? extends LayerWriter> writers) {
        Map<Class<? extends Layer>, LayerWriter> byClass = new LinkedHashMap<>();
        for (LayerWriter writer : writers) {
            LayerWriter previous = byClass.putIfAbsent(writer.layerClass(), writer);
            if (previous != null) {
                throw new IllegalStateException("Two ONNX writers are registered for the layer class "
                        + writer.layerClass().getName() + ": " + previous.getClass().getName() + " and "
                        + writer.getClass().getName() + "; remove one of them from META-INF/services/"
                        + LayerWriter.class.getName() + ".");
            }
        }
        return new LayerWriters(byClass);
    }

    /**
     * The writer of {@code layer}'s exact class.
     *
     * @throws UnsupportedLayerException naming the class when none is registered
     */
    public LayerWriter forLayer(Layer layer) {
        LayerWriter writer = byClass.get(layer.getClass());
        if (writer == null) {
            throw new UnsupportedLayerException(layer.getClass());
        }
        return writer;
    }

    /** The layer classes that have a writer. */
    public List<Class<? extends Layer>> layerClasses() {
        return List.copyOf(byClass.keySet());
    }
}
