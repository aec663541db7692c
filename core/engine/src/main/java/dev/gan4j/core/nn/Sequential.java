package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied in order. The children are named by position, "0", "1", ..., so their
 * parameters and buffers are reported as "0.weight", "3.running_mean", "2.block.1.bias" for a
 * nested container: the same paths as a PyTorch {@code nn.Sequential}, which checkpoints and ONNX
 * export key on. {@link #train(boolean)} switches every child.
 */
public final class Sequential extends AbstractLayer {
    private final List<Layer> layers;

    /** The given layers, in order (at least one). */
    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    /** The given layers, in order (at least one). */
    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("A Sequential needs at least one layer.");
        }
        this.layers = List.copyOf(layers);
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Layer layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** The child at {@code index}. */
    public Layer get(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("This Sequential has " + layers.size() + " layers (0 to "
                    + (layers.size() - 1) + "), so it has no layer " + index + ".");
        }
        return layers.get(index);
    }

    /** The number of children. */
    public int size() {
        return layers.size();
    }

    /** The children, in order (unmodifiable). */
    public List<Layer> layers() {
        return layers;
    }

    /** Each child's parameters, in child order, prefixed with the child's position. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                all.add(p.prefixed(Integer.toString(i)));
            }
        }
        return all;
    }

    /** Each child's buffers, in child order, prefixed with the child's position. */
    @Override
    public List<Parameter> buffers() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).buffers()) {
                all.add(p.prefixed(Integer.toString(i)));
            }
        }
        return all;
    }

    /** Sets the mode of this container and of every child. */
    @Override
    public void train(boolean training) {
        super.train(training);
        for (Layer layer : layers) {
            layer.train(training);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sequential(");
        for (int i = 0; i < layers.size(); i++) {
            sb.append("\n  (").append(i).append(") ").append(layers.get(i).toString().replace("\n", "\n  "));
        }
        return sb.append("\n)").toString();
    }
}
