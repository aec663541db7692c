package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.Vocabulary;
import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Embedding;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The text encoder of a caption-conditioned GAN, a bag of word embeddings: token ids [N, L]
 * (held as floats, 0 for padding) to vectors [N, size]. Each word's learned embedding is looked up,
 * the embeddings of the non-padding tokens are averaged, and a linear layer with a leaky rectifier
 * (slope 0.2) maps the average to the output. Word order is ignored, which suits short captions
 * ("long pants", "a pair of trousers") and lets a new combination of known words land near the
 * class its words stand for. A row of padding only gives the encoding of a zero average.
 *
 * <p>Parameters: {@code "words.weight"} [vocabulary, wordSize] (N(0, 1)), {@code "project.weight"}
 * [size, wordSize] and {@code "project.bias"} [size].
 */
public final class BagOfWordsEncoder extends AbstractLayer {
    /** The slope of the output's leaky rectifier. */
    public static final float SLOPE = 0.2f;

    private final Embedding words;
    private final Linear project;
    private final LeakyReLU activation = new LeakyReLU(SLOPE);

    /** An encoder of {@code vocabulary} token ids (padding included) with word vectors of {@code wordSize}. */
    public BagOfWordsEncoder(int vocabulary, int wordSize, int size, Rng rng) {
        this.words = new Embedding(vocabulary, wordSize, rng);
        this.project = new Linear(wordSize, size, rng);
    }

    /** Token ids [N, L] to [N, size]. */
    @Override
    public Tensor forward(Tensor tokens) {
        if (tokens.rank() != 2) {
            throw new IllegalArgumentException("A bag-of-words encoder takes token ids of shape [N, L], but got "
                    + tokens.shape() + ".");
        }
        int n = tokens.dim(0);
        int length = tokens.dim(1);
        int[] ids = ClassIndices.read(tokens, words.count(), "Token ids");
        float[] mask = new float[n * length];
        float[] inverseCounts = new float[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int t = 0; t < length; t++) {
                if (ids[i * length + t] != Vocabulary.PADDING) {
                    mask[i * length + t] = 1f;
                    count++;
                }
            }
            inverseCounts[i] = 1f / Math.max(count, 1);
        }
        Tensor embedded = words.lookup(ids).reshape(n, length, words.dim());
        Tensor summed = embedded.mul(Tensor.of(mask, n, length, 1)).sum(new int[] {1}, false);
        Tensor average = summed.mul(Tensor.of(inverseCounts, n, 1));
        return activation.forward(project.forward(average));
    }

    /** The word embeddings. */
    public Embedding words() {
        return words;
    }

    /** The linear layer after the average. */
    public Linear project() {
        return project;
    }

    /** The leaky rectifier at the output. */
    public LeakyReLU activation() {
        return activation;
    }

    /** The size of an encoding. */
    public int size() {
        return project.bias().size();
    }

    /** "words.weight", then "project.weight" and "project.bias". */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        words.parameters().forEach(p -> all.add(p.prefixed("words")));
        project.parameters().forEach(p -> all.add(p.prefixed("project")));
        return all;
    }

    @Override
    public String toString() {
        return "BagOfWordsEncoder(" + words.count() + " tokens, " + words.dim() + " -> " + size() + ")";
    }
}
