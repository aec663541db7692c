package dev.gan4j.examples.classifier;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.MiniBatchIterator;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * A small convolutional classifier trained on Fashion-MNIST with the gan4j engine: the proof that
 * the engine learns on real data. Two strided convolutions with batch norm, then two linear
 * layers; Adam at 1e-3 for the first epoch, then 3e-4, batch 64.
 *
 * <p>Run {@code java -cp gan4j.jar dev.gan4j.examples.classifier.FashionMnistClassifier [epochs] [DATA_DIR]}.
 */
public final class FashionMnistClassifier {
    private static final int BATCH = 64;

    private final Sequential network;
    private final Rng dataRng;

    /** A classifier initialised from {@code seed}. */
    public FashionMnistClassifier(long seed) {
        Rng root = new Rng(seed);
        Rng init = root.split();
        this.dataRng = root.split();
        this.network = new Sequential(
                new Conv2d(1, 32, 4, 2, 1, false, init), new BatchNorm2d(32), new ReLU(),
                new Conv2d(32, 64, 4, 2, 1, false, init), new BatchNorm2d(64), new ReLU(),
                new Flatten(), new Linear(64 * 7 * 7, 128, init), new ReLU(),
                new Linear(128, FashionMnist.CLASSES, init));
    }

    /** The network: [N, 1, 28, 28] images in [−1, 1] to [N, 10] class logits. */
    public Sequential network() {
        return network;
    }

    /**
     * Trains for {@code epochs} passes over {@code train}.
     *
     * @param afterEpoch called with the number of each finished epoch
     */
    public void train(LabelledImages train, int epochs, IntConsumer afterEpoch) {
        Optimizer adam = Adam.builder().setParameters(network.parameters()).setLearningRate(1e-3).build();
        MiniBatchIterator batches = new MiniBatchIterator(train.images(), train.labels(), BATCH, true, dataRng);
        network.train(true);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            adam.setLearningRate(epoch == 1 ? 1e-3 : 3e-4);
            for (int i = 0; i < batches.batchesPerEpoch(); i++) {
                Batch batch = batches.next();
                adam.zeroGrad();
                Losses.crossEntropy(network.forward(batch.inputs()), batch.labels()).backward();
                adam.step();
            }
            afterEpoch.accept(epoch);
        }
    }

    /** The fraction of {@code test} classified correctly, in evaluation mode. */
    public double accuracy(LabelledImages test) {
        network.train(false);
        int correct = 0;
        int n = test.size();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int start = 0; start < n; start += 500) {
                int end = Math.min(n, start + 500);
                Tensor logits = network.forward(test.images().slice(0, start, end));
                int[] predicted = argmax(logits);
                for (int i = 0; i < predicted.length; i++) {
                    correct += predicted[i] == test.labels()[start + i] ? 1 : 0;
                }
            }
        } finally {
            network.train(true);
        }
        return correct / (double) n;
    }

    /** The index of the largest value in each row of [N, K] logits. */
    public static int[] argmax(Tensor logits) {
        int n = logits.dim(0);
        int k = logits.dim(1);
        float[] d = logits.data();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (d[i * k + j] > d[i * k + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Trains for the given epochs (default 2) and prints the test accuracy after each. */
    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        FashionMnistLocator locator = FashionMnistLocator.standard(args.length > 1 ? Path.of(args[1]) : null);
        LabelledImages train = FashionMnist.load(locator, FashionMnist.Split.TRAIN, PixelRange.MINUS_ONE_TO_ONE);
        LabelledImages test = FashionMnist.load(locator, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);
        FashionMnistClassifier classifier = new FashionMnistClassifier(1);
        long start = System.nanoTime();
        classifier.train(train, epochs, epoch -> System.out.printf("epoch %d: test accuracy %.4f (%.0f s)%n",
                epoch, classifier.accuracy(test), (System.nanoTime() - start) / 1e9));
    }
}
