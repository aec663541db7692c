package dev.gan4j.core.train;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.spi.NetworkBuildCheck;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.PlannedNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heap a run may fill, checked network by network before each is built: for training, a
 * network's estimate ({@link dev.gan4j.core.spi.NetworkType#estimate}) costs its weights, their
 * gradients, the optimiser's slots per weight (Adam 2, RMSProp 1 or 2, SGD with momentum 1), an EMA
 * copy for the network that makes samples, and the activations of one batch; for sampling from a
 * trained run, its weights and the EMA copy. When the networks counted so far
 * need more than the heap has left, the next one is refused with {@link HeapTooSmallException} before
 * its weights are allocated, in a sentence that names the biggest networks and layers. Networks whose
 * type gives no estimate are built unchecked (said at debug level). Mutable: one per build.
 */
public final class HeapBudget implements NetworkBuildCheck {
    /**
     * Bytes kept per activation value of one example's forward pass, per example of the batch: 4 per
     * float, twice, because the autograd graph holds up to about two values per layer output (a bias
     * sum, a norm's steps; NetworkSizeEstimateTest measures 0.94 to 1.95 on the built-in types), and
     * twice again for the gradient of each value in backward.
     */
    static final int BYTES_PER_ACTIVATION = 16;
    private static final Logger LOG = LoggerFactory.getLogger(HeapBudget.class);
    private static final int FLOAT_BYTES = 4;

    private final Use use;
    private final long availableBytes;
    private final long maxHeapBytes;
    private final int batchSize;
    private final int optimizerSlots;
    private final boolean averagesWeights;
    private final List<Counted> counted = new ArrayList<>();

    /** What the networks are built for, which decides what each costs besides its weights. */
    public enum Use {
        /** Training: gradients, optimiser slots, the EMA copy and the activations of a training batch too. */
        TRAINING,
        /** Sampling, evaluating or exporting a trained run: the weights and the EMA copy they are loaded into. */
        SAMPLING
    }

    /**
     * A training budget of {@code availableBytes} for a run with {@code training}'s batch, optimisers and EMA.
     *
     * @param maxHeapBytes the JVM's maximum heap, for the message
     */
    public HeapBudget(TrainingConfig training, long availableBytes, long maxHeapBytes) {
        this(Use.TRAINING, training, availableBytes, maxHeapBytes);
    }

    /**
     * A budget of {@code availableBytes} for networks built for {@code use}, by a run with
     * {@code training}'s batch, optimisers and EMA.
     *
     * @param maxHeapBytes the JVM's maximum heap, for the message
     */
    public HeapBudget(Use use, TrainingConfig training, long availableBytes, long maxHeapBytes) {
        this.use = use;
        this.availableBytes = availableBytes;
        this.maxHeapBytes = maxHeapBytes;
        this.batchSize = training.batchSize();
        this.optimizerSlots = use == Use.TRAINING ? optimizerSlots(training) : 0;
        this.averagesWeights = training.emaDecay() > 0;
    }

    /**
     * The budget of this JVM now for networks built for {@code use}: its maximum heap less what is in
     * use (the data set, already loaded) and an eighth kept back for the JVM's own working room, the
     * data batches and the sample grids.
     */
    public static HeapBudget ofThisJvm(Use use, TrainingConfig training) {
        Runtime runtime = Runtime.getRuntime();
        long max = runtime.maxMemory();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return new HeapBudget(use, training, max - used - max / 8, max);
    }

    @Override
    public void beforeBuilding(PlannedNetwork network) {
        if (network.estimate().isEmpty()) {
            LOG.debug("{} gives no size estimate, so it is built without the heap check", network.name());
            return;
        }
        NetworkSizeEstimate estimate = network.estimate().get();
        int gradients = use == Use.TRAINING ? 1 : 0;
        long perWeight = (long) FLOAT_BYTES * (1 + gradients + optimizerSlots
                + (averagesWeights && network.makesSamples() ? 1 : 0));
        long weights = saturatingMultiply(estimate.parameters(), perWeight);
        // sampling runs without a graph, in batches of its own: its activations are small beside the weights
        long activations = use == Use.TRAINING ? saturatingMultiply(estimate.activationsPerExample(),
                (long) batchSize * BYTES_PER_ACTIVATION) : 0;
        counted.add(new Counted(network, estimate, weights, activations));
        long needed = estimatedBytes();
        if (needed > availableBytes) {
            throw new HeapTooSmallException(refusal(needed), needed, maxHeapBytes);
        }
    }

    /** The bytes the networks counted so far need. */
    public long estimatedBytes() {
        return counted.stream().mapToLong(c -> c.bytes()).reduce(0, HeapBudget::saturatingAdd);
    }

    private String refusal(long needed) {
        List<Counted> biggest = counted.stream().sorted(Comparator.comparingLong(Counted::bytes).reversed())
                .limit(2).toList();
        List<String> parts = new ArrayList<>();
        for (Counted c : biggest) {
            parts.add(describe(c));
        }
        return "The run needs about " + MemoryAdvice.format(needed) + " of heap for " + (counted.size() == 1
                ? "its first network" : "the " + counted.size() + " networks counted before refusing")
                + ", more than the " + MemoryAdvice.format(Math.max(0, availableBytes)) + " left of the JVM's maximum"
                + " heap of " + MemoryAdvice.format(maxHeapBytes) + " once the data is loaded: " + String.join("; ",
                parts) + "; nothing was allocated for it, so " + MemoryAdvice.howToFit(maxHeapBytes, needed
                + (maxHeapBytes - availableBytes)) + ".";
    }

    private String describe(Counted c) {
        NetworkSizeEstimate e = c.estimate();
        StringBuilder text = new StringBuilder(c.network().name()).append(" has ").append(count(e.parameters()))
                .append(" parameters");
        e.largestLayer().filter(l -> e.layers().size() > 1).ifPresent(l -> text.append(", ")
                .append(count(l.parameters())).append(" of them in ").append(l.layer()));
        List<String> with = new ArrayList<>();
        if (use == Use.TRAINING) {
            with.add("their gradients");
        }
        if (optimizerSlots > 0) {
            with.add("the optimiser's " + optimizerSlots + " value" + (optimizerSlots == 1 ? "" : "s") + " per parameter");
        }
        if (averagesWeights && c.network().makesSamples()) {
            with.add("the EMA copy");
        }
        text.append(", which ").append(with.isEmpty() ? "" : "with " + (with.size() == 1 ? with.get(0)
                : String.join(", ", with.subList(0, with.size() - 1)) + " and " + with.get(with.size() - 1)) + " ")
                .append("take ").append(MemoryAdvice.format(c.weights()));
        if (use == Use.TRAINING) {
            text.append(", and the activations of a batch of ").append(batchSize).append(" take ")
                    .append(MemoryAdvice.format(c.activations()));
        }
        return text.toString();
    }

    /** A count as a person reads it: 12,345, 3.2 million, 1.6 billion. */
    static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f million", n / 1e6);
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The most slots per weight of the configured optimisers; Adam's 2 when none is configured (the default). */
    private static int optimizerSlots(TrainingConfig training) {
        if (training.optimizers().isEmpty()) {
            return 2;
        }
        return training.optimizers().values().stream().mapToInt(HeapBudget::slots).max().orElse(2);
    }

    private static int slots(OptimizerConfig optimizer) {
        boolean momentum = optimizer.momentum() != 0;
        return switch (optimizer.type()) {
            case "sgd" -> momentum ? 1 : 0;
            case "rmsprop" -> momentum ? 2 : 1;
            default -> 2;
        };
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private record Counted(PlannedNetwork network, NetworkSizeEstimate estimate, long weights, long activations) {
        long bytes() {
            return saturatingAdd(weights, activations);
        }
    }
}
