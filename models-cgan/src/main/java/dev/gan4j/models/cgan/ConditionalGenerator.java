package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator G(z, c) of a conditional GAN. The condition c (class labels [N] or token ids
 * [N, L]) is encoded to e [N, D] by its own encoder; the body starts from [z, e] concatenated, and
 * every body layer that takes two inputs (conditional batch norm) also gets e.
 *
 * <p>Inputs, in order: noise z [N, latentSize], condition c. Parameters and buffers are named
 * {@code "condition.*"} (the encoder) and {@code "body.<i>.*"} (the body's layers by position).
 */
public final class ConditionalGenerator extends AbstractLayer implements MultiInputLayer {
    private final int latentSize;
    private final Layer encoder;
    private final List<Layer> body;

    /**
     * @param latentSize the size of a noise vector
     * @param encoder    condition to [N, D]
     * @param body       [N, latentSize + D] to samples; layers of two inputs also get e
     */
    public ConditionalGenerator(int latentSize, Layer encoder, List<? extends Layer> body) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A conditional generator needs at least one body layer.");
        }
        this.latentSize = latentSize;
        this.encoder = encoder;
        this.body = List.copyOf(body);
    }

    @Override
    public int inputCount() {
        return 2;
    }

    /** Noise [N, latentSize] and a condition of N rows to samples. */
    @Override
    public Tensor forward(List<Tensor> inputs) {
        if (inputs.size() != 2) {
            throw new IllegalArgumentException("A conditional generator takes noise and a condition, but got "
                    + inputs.size() + " inputs.");
        }
        Tensor z = inputs.get(0);
        Tensor condition = inputs.get(1);
        if (z.rank() != 2 || z.dim(1) != latentSize) {
            throw new IllegalArgumentException("The conditional generator takes noise of shape [N, " + latentSize
                    + "], but got " + z.shape() + ".");
        }
        if (condition.rank() < 1 || condition.dim(0) != z.dim(0)) {
            throw new IllegalArgumentException("The conditional generator needs one condition per noise vector, but got "
                    + "noise " + z.shape() + " and condition " + condition.shape() + ".");
        }
        Tensor e = encoder.forward(condition);
        Tensor h = Tensor.concat(1, z, e);
        for (Layer layer : body) {
            h = layer instanceof MultiInputLayer conditioned ? conditioned.forward(List.of(h, e)) : layer.forward(h);
        }
        return h;
    }

    /** The size of a noise vector. */
    public int latentSize() {
        return latentSize;
    }

    /** The condition encoder. */
    public Layer encoder() {
        return encoder;
    }

    /** The body's layers, in order. */
    public List<Layer> body() {
        return body;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        encoder.parameters().forEach(p -> all.add(p.prefixed("condition")));
        for (int i = 0; i < body.size(); i++) {
            for (Parameter p : body.get(i).parameters()) {
                all.add(p.prefixed("body." + i));
            }
        }
        return all;
    }

    @Override
    public List<Parameter> buffers() {
        List<Parameter> all = new ArrayList<>();
        encoder.buffers().forEach(p -> all.add(p.prefixed("condition")));
        for (int i = 0; i < body.size(); i++) {
            for (Parameter p : body.get(i).buffers()) {
                all.add(p.prefixed("body." + i));
            }
        }
        return all;
    }

    @Override
    public void train(boolean training) {
        super.train(training);
        encoder.train(training);
        body.forEach(layer -> layer.train(training));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ConditionalGenerator(z " + latentSize + ", condition " + encoder);
        for (int i = 0; i < body.size(); i++) {
            text.append("\n  (").append(i).append(") ").append(body.get(i).toString().replace("\n", "\n  "));
        }
        return text.append("\n)").toString();
    }
}
