package dev.gan4j.core.eval;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.MiniBatchIterator;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.Dropout;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.function.IntConsumer;

/**
 * The Fashion-MNIST classifier whose penultimate layer gives gan4j's built-in image features: three
 * convolutions with batch norm (28 to 14 to 7 pixels, then one more at 7x7), a 256-wide hidden
 * layer with dropout, and ten class logits. The recipe is fixed: seed {@value #SEED}, Adam at
 * 1e-3, 3e-4 and 1e-4 in the three epochs, batch 64, each training image flipped left-right with
 * probability one half. Same seed and thread count give the same weights.
 *
 * <p>{@link #RECIPE} names this recipe; a cached classifier trained by another recipe is not used.
 */
public final class FashionMnistClassifier {
    /** The name of this recipe, stored with a cached classifier; change it whenever the recipe changes. */
    public static final String RECIPE = "fashion-mnist-cnn-v1";
    /** The recipe's seed. */
    public static final long SEED = 20240601L;
    /** The recipe's number of passes over the training split. */
    public static final int EPOCHS = 3;
    /** The width of the feature layer (the penultimate layer). */
    public static final int FEATURES = 256;
    private static final int BATCH = 64;
    private static final int EVAL_BATCH = 500;
    private static final double[] LEARNING_RATES = {1e-3, 3e-4, 1e-4};

    private final Sequential body;
    private final Linear head;
    private final Sequential network;
    private final Rng dataRng;
    private final Rng flipRng;

    /** An untrained classifier, initialised from {@code seed}. */
    public FashionMnistClassifier(long seed) {
        Rng root = new Rng(seed);
        Rng init = root.split();
        this.dataRng = root.split();
        this.flipRng = root.split();
        Rng dropout = root.split();
        this.body = new Sequential(
                new Conv2d(1, 32, 4, 2, 1, false, init), new BatchNorm2d(32), new ReLU(),
                new Conv2d(32, 64, 4, 2, 1, false, init), new BatchNorm2d(64), new ReLU(),
                new Conv2d(64, 64, 3, 1, 1, false, init), new BatchNorm2d(64), new ReLU(),
                new Flatten(), new Linear(64 * 7 * 7, FEATURES, init), new ReLU(), new Dropout(0.3f, dropout));
        this.head = new Linear(FEATURES, FashionMnist.CLASSES, init);
        this.network = new Sequential(body, head);
    }

    /** An untrained classifier with the recipe's seed. */
    public static FashionMnistClassifier untrained() {
        return new FashionMnistClassifier(SEED);
    }

    /** The whole network, images [N, 1, 28, 28] in [-1, 1] to [N, 10] logits (for checkpoints: its parameters and buffers). */
    public Layer network() {
        return network;
    }

    /**
     * Trains {@link #EPOCHS} passes over {@code train} by the recipe.
     *
     * @param afterEpoch called with the number of each finished epoch
     */
    public void train(LabelledImages train, IntConsumer afterEpoch) {
        Optimizer adam = Adam.builder().setParameters(network.parameters()).setLearningRate(LEARNING_RATES[0]).build();
        MiniBatchIterator batches = new MiniBatchIterator(train.images(), train.labels(), BATCH, true, dataRng);
        network.train(true);
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            adam.setLearningRate(LEARNING_RATES[epoch - 1]);
            for (int i = 0; i < batches.batchesPerEpoch(); i++) {
                Batch batch = batches.next();
                adam.zeroGrad();
                Losses.crossEntropy(network.forward(flipSome(batch.inputs())), batch.labels()).backward();
                adam.step();
            }
            afterEpoch.accept(epoch);
        }
        network.train(false);
    }

    /** Mirrors each image left-right with probability one half (clothes are as likely either way round). */
    private Tensor flipSome(Tensor images) {
        int n = images.dim(0);
        int h = images.dim(2);
        int w = images.dim(3);
        int per = images.size() / n;
        float[] in = images.data();
        float[] out = in.clone();
        for (int i = 0; i < n; i++) {
            if (flipRng.nextDouble() < 0.5) {
                for (int c = 0; c < per / (h * w); c++) {
                    for (int y = 0; y < h; y++) {
                        int row = i * per + (c * h + y) * w;
                        for (int x = 0; x < w; x++) {
                            out[row + x] = in[row + w - 1 - x];
                        }
                    }
                }
            }
        }
        return Tensor.of(out, images.dims());
    }

    /**
     * The features and class probabilities of {@code images} [N, 1, 28, 28] in [-1, 1], in
     * evaluation mode, without a graph, in batches.
     */
    public ExtractedFeatures extract(Tensor images) {
        int n = images.dim(0);
        float[] features = new float[n * FEATURES];
        float[] probabilities = new float[n * FashionMnist.CLASSES];
        boolean training = body.isTraining();
        body.train(false);
        head.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int start = 0; start < n; start += EVAL_BATCH) {
                int end = Math.min(n, start + EVAL_BATCH);
                Tensor f = body.forward(images.slice(0, start, end));
                Tensor p = Losses.logSoftmax(head.forward(f)).exp();
                System.arraycopy(f.data(), 0, features, start * FEATURES, (end - start) * FEATURES);
                System.arraycopy(p.data(), 0, probabilities, start * FashionMnist.CLASSES,
                        (end - start) * FashionMnist.CLASSES);
            }
        } finally {
            body.train(training);
            head.train(training);
        }
        return new ExtractedFeatures(Tensor.of(features, n, FEATURES),
                Tensor.of(probabilities, n, FashionMnist.CLASSES));
    }

    /** The fraction of {@code test} whose most probable class is its label. */
    public double accuracy(LabelledImages test) {
        Tensor probabilities = extract(test.images()).probabilities().orElseThrow();
        return ClassPredictions.of(probabilities).accuracyAgainst(test.labels());
    }
}
