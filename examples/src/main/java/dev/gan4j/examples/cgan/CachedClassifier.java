package dev.gan4j.examples.cgan;

import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.examples.classifier.FashionMnistClassifier;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fashion-MNIST classifier that judges conditional samples, trained once (two epochs, seed 1)
 * and kept in a file of its weights, so each evaluation does not train it again. The file holds,
 * for every parameter then every buffer in order, its length and its float values.
 */
final class CachedClassifier {
    private static final int EPOCHS = 2;

    private CachedClassifier() {
    }

    /** The classifier from {@code file}, or trained on {@code locator}'s data and written there. */
    static FashionMnistClassifier loadOrTrain(Path file, FashionMnistLocator locator) throws IOException {
        FashionMnistClassifier classifier = new FashionMnistClassifier(1);
        List<Parameter> tensors = new ArrayList<>(classifier.network().parameters());
        tensors.addAll(classifier.network().buffers());
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                for (Parameter p : tensors) {
                    float[] values = p.tensor().data();
                    int length = in.readInt();
                    if (length != values.length) {
                        throw new IOException("The classifier file " + file + " holds " + length + " values for "
                                + p.name() + ", which has " + values.length + "; delete the file to train afresh.");
                    }
                    for (int i = 0; i < length; i++) {
                        values[i] = in.readFloat();
                    }
                }
            }
            return classifier;
        }
        LabelledImages train = FashionMnist.load(locator, FashionMnist.Split.TRAIN, PixelRange.MINUS_ONE_TO_ONE);
        LabelledImages test = FashionMnist.load(locator, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);
        classifier.train(train, EPOCHS, epoch -> System.out.printf("classifier epoch %d: test accuracy %.4f%n", epoch,
                classifier.accuracy(test)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Parameter p : tensors) {
                float[] values = p.tensor().data();
                out.writeInt(values.length);
                for (float v : values) {
                    out.writeFloat(v);
                }
            }
        }
        AtomicFile.write(file, bytes.toByteArray());
        return classifier;
    }
}
