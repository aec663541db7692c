package dev.gan4j.core.spi;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * What a {@link GanFamily} builds for one run: its networks, the phases that train them, and
 * how to draw samples. The {@code AlternatingTrainer} runs any system without knowing its family.
 */
public interface GanSystem {
    /**
     * Every network by a stable name ({@code "generator"}, {@code "discriminator"}, ...), in a
     * fixed order. Checkpoints store their parameters and buffers under these names.
     */
    Map<String, Layer> networks();

    /** The optimisation phases, in the order they run within one iteration. */
    List<Phase> phases();

    /**
     * The network whose weights an exponential moving average may track and the samples come
     * from (the generator, or a decoder), by its name in {@link #networks()}.
     */
    String sampledNetwork();

    /**
     * Draws the noise (or other inputs) for {@code n} samples, in the layout {@link #sample} takes.
     * Used for the fixed noise of sample grids.
     */
    Tensor noise(int n, Rng rng);

    /**
     * Samples from the system for the given noise, in evaluation mode, without recording a graph.
     *
     * @param sampler the network to sample with: the trained one, or an EMA copy of it
     * @return the samples: [N, C, H, W] images in [−1, 1], or [N, D] vectors
     */
    Tensor sample(Layer sampler, Tensor noise);

    /**
     * The networks this system can ship as standalone ONNX models, each with its inputs and output
     * described (normally the generator from {@code z} to {@code sample}); empty when nothing of it
     * can be sampled on its own. Each part's network must be the live object of {@link #networks()}
     * (or built from them), so the exporter sees the trained (or averaged) weights.
     */
    List<ExportablePart> exportableParts();
}
