package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The discriminator D(x, c) of a conditional GAN: a trunk maps the samples to features φ(x)
 * [N, F], the condition's own encoder maps c to e (skipped when the head does not read it), and
 * the style's {@link ScoreHead} gives [N, outputs]: the realness score in column 0, then class
 * logits for the auxiliary classifier.
 *
 * <p>Inputs, in order: samples, condition. Parameters and buffers: {@code "trunk.*"},
 * {@code "condition.*"}, {@code "head.*"}.
 */
final class ConditionalDiscriminator extends AbstractLayer implements MultiInputLayer {
    private final Layer trunk;
    private final Layer encoder;
    private final ScoreHead head;

    /**
     * @param trunk   samples to features [N, F]
     * @param encoder condition to [N, D], or null when the head does not read the condition
     * @param head    features and encoded condition to the outputs
     */
    ConditionalDiscriminator(Layer trunk, Layer encoder, ScoreHead head) {
        if ((encoder == null) == head.readsCondition()) {
            throw new IllegalArgumentException("A conditional discriminator needs a condition encoder exactly when its head "
                    + "reads the condition.");
        }
        this.trunk = trunk;
        this.encoder = encoder;
        this.head = head;
    }

    @Override
    public int inputCount() {
        return 2;
    }

    /** Samples and their conditions to [N, outputs]. */
    @Override
    public Tensor forward(List<Tensor> inputs) {
        Tensor x = inputs.get(0);
        Tensor condition = inputs.get(1);
        if (condition.rank() < 1 || condition.dim(0) != x.dim(0)) {
            throw new IllegalArgumentException("The conditional discriminator needs one condition per sample, but got "
                    + "samples " + x.shape() + " and condition " + condition.shape() + ".");
        }
        Tensor features = trunk.forward(x);
        Tensor e = encoder == null ? condition : encoder.forward(condition);
        return head.forward(List.of(features, e));
    }

    /** The number of outputs per sample: 1, or 1 + K for the auxiliary classifier. */
    int outputs() {
        return head.outputs();
    }

    @Override
    public List<Parameter> parameters() {
        return named(Layer::parameters);
    }

    @Override
    public List<Parameter> buffers() {
        return named(Layer::buffers);
    }

    private List<Parameter> named(java.util.function.Function<Layer, List<Parameter>> what) {
        List<Parameter> all = new ArrayList<>();
        what.apply(trunk).forEach(p -> all.add(p.prefixed("trunk")));
        if (encoder != null) {
            what.apply(encoder).forEach(p -> all.add(p.prefixed("condition")));
        }
        what.apply(head).forEach(p -> all.add(p.prefixed("head")));
        return all;
    }

    @Override
    public void train(boolean training) {
        super.train(training);
        trunk.train(training);
        if (encoder != null) {
            encoder.train(training);
        }
        head.train(training);
    }

    @Override
    public String toString() {
        return "ConditionalDiscriminator(trunk " + trunk.toString().replace("\n", "\n  ") + ", condition " + encoder
                + ", head " + head.getClass().getSimpleName() + ")";
    }
}
